namespace Approvals.Core.Registry;

/// <summary>A registered-metrologist qualification certificate (注册计量师职业资格证书).</summary>
public sealed class QualificationCertificate
{
    public required string Id { get; set; }
    public required string Number { get; set; }
    public required string PersonId { get; set; }
    public MetrologistLevel Level { get; set; }
    public DateOnly IssuedOn { get; set; }
    public required string Issuer { get; set; }
}
