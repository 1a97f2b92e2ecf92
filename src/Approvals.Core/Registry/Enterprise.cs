namespace Approvals.Core.Registry;

/// <summary>An employer known to the registry, identified by its unified social credit code.</summary>
public sealed class Enterprise
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public required string CreditCode { get; set; }
    public required string DistrictCode { get; set; }
    public string? Address { get; set; }
}
