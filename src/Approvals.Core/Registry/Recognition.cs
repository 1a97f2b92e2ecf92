namespace Approvals.Core.Registry;

/// <summary>
/// A registration or certificate from one zone district recognised in another (互认); its own number is
/// issued by the recognising district.
/// </summary>
public sealed class Recognition
{
    public required string Id { get; set; }
    public required string Number { get; set; }
    public RegistryRecordKind Kind { get; set; }

    /// <summary>The level of a recognised registration; null for a certificate.</summary>
    public MetrologistLevel? Level { get; set; }

    public required string PersonId { get; set; }
    public Person? Person { get; set; }
    public string? EnterpriseId { get; set; }

    /// <summary>The number of the registration or certificate recognised.</summary>
    public required string RecognisedNumber { get; set; }

    public required string OriginDistrictCode { get; set; }

    /// <summary>The district that recognised it.</summary>
    public required string DistrictCode { get; set; }

    public DateOnly ValidFrom { get; set; }
    public DateOnly ValidTo { get; set; }
    public RegistrationStatus Status { get; set; }
    public string? ApplicationId { get; set; }
    public DateTimeOffset IssuedAt { get; set; }
}
