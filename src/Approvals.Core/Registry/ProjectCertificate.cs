namespace Approvals.Core.Registry;

/// <summary>A project assessment certificate or old verifier certificate, as issued by a district's authority.</summary>
public sealed class ProjectCertificate
{
    public required string Id { get; set; }
    public ProjectCertificateKind Kind { get; set; }
    public required string Number { get; set; }
    public required string PersonId { get; set; }
    public Person? Person { get; set; }
    public List<string> Projects { get; set; } = [];
    public required string IssuingDistrictCode { get; set; }
    public required string Issuer { get; set; }
    public DateOnly ValidFrom { get; set; }
    public DateOnly ValidTo { get; set; }
    public RegistrationStatus Status { get; set; }

    /// <summary>When the registry recorded it (imported, or seeded): the time of its write on the registry-writes chain.</summary>
    public DateTimeOffset RecordedAt { get; set; }
}
