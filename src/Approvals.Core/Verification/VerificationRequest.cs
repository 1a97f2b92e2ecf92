using Approvals.Core.Registry;

namespace Approvals.Core.Verification;

/// <summary>
/// A question to the reviewers of the district that issued a certificate or registration: is it genuine and
/// valid? The requests of one round are open at once; the waiting step resumes when the last of its round is answered.
/// </summary>
public sealed class VerificationRequest
{
    public required string Id { get; set; }
    public required string ApplicationId { get; set; }
    public required string InstanceId { get; set; }

    /// <summary>The CrossDistrictVerification step waiting for the answers.</summary>
    public required string ActivityId { get; set; }

    /// <summary>
    /// The round this request belongs to: the bookmark of the wait that asked it. Its answer resumes exactly this
    /// bookmark, never a later round's; once the bookmark closes the request is closed too.
    /// </summary>
    public required string BookmarkId { get; set; }

    /// <summary>What is verified: a registration, or a project certificate of a <see cref="ProjectCertificateKind"/>.</summary>
    public required string Subject { get; set; }

    public required string Number { get; set; }
    public required string HolderName { get; set; }
    public required string HolderIdNumber { get; set; }
    public required string IssuingDistrictCode { get; set; }

    /// <summary>The district asking (the application's district).</summary>
    public required string RequestingDistrictCode { get; set; }

    public VerificationStatus Status { get; set; }
    public string? Comment { get; set; }
    public string? AnsweredBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? DueAt { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }
}
