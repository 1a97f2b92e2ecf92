namespace Approvals.Core.Registry;

/// <summary>A metrologist known to the registry, identified by their resident ID number.</summary>
public sealed class Person
{
    public required string Id { get; set; }
    public required string Name { get; set; }

    /// <summary>The ID type; only the resident identity card (GB 11643) is checked today.</summary>
    public string IdType { get; set; } = "ResidentIdCard";

    public required string IdNumber { get; set; }
    public string? Email { get; set; }

    /// <summary>The language the person reads mail in (zh-CN or en): that of their latest application.</summary>
    public string Culture { get; set; } = Applications.ApplicantCultures.Default;

    public string? Phone { get; set; }
}
