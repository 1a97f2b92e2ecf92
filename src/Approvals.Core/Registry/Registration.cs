namespace Approvals.Core.Registry;

/// <summary>A registration of a registered metrologist (注册), valid for five years from issue.</summary>
public sealed class Registration
{
    public required string Id { get; set; }
    public required string Number { get; set; }
    public MetrologistLevel Level { get; set; }
    public required string PersonId { get; set; }
    public Person? Person { get; set; }
    public required string EnterpriseId { get; set; }
    public Enterprise? Enterprise { get; set; }
    public List<string> Projects { get; set; } = [];
    public required string DistrictCode { get; set; }
    public DateOnly ValidFrom { get; set; }
    public DateOnly ValidTo { get; set; }
    public RegistrationStatus Status { get; set; }

    /// <summary>The application that issued (or last renewed) it; null for records carried over.</summary>
    public string? ApplicationId { get; set; }

    public DateTimeOffset IssuedAt { get; set; }

    /// <summary>The status as of a day: an active registration past its end date reads as expired.</summary>
    public RegistrationStatus StatusOn(DateOnly day) =>
        Status == RegistrationStatus.Active && day > ValidTo ? RegistrationStatus.Expired : Status;
}
