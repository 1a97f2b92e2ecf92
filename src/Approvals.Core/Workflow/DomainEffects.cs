using Approvals.Core.Findings;
using Approvals.Core.Registry;
using Approvals.Workflows.Runtime;

namespace Approvals.Core.Workflow;

/// <summary>The findings the applicant must see on the case (automatic check or correction request).</summary>
public sealed record ApplicationFindingsRecorded(string ApplicationId, IReadOnlyList<Finding> Findings) : WorkflowEffect;

/// <summary>
/// Verification requests to the reviewers of other districts: one round, waiting on the bookmark
/// <paramref name="BookmarkId"/>, which only their answers (or the round's end) resume.
/// </summary>
public sealed record VerificationRequested(
    string ApplicationId,
    string ActivityId,
    string BookmarkId,
    string RequestingDistrictCode,
    string HolderName,
    string HolderIdNumber,
    IReadOnlyList<VerificationSubject> Pending,
    DateTimeOffset? DueAt) : WorkflowEffect;

/// <summary>Registry lookups made by a procedure step, recorded like every other read.</summary>
public sealed record RegistryReadsRecorded(string DistrictCode, string Purpose, IReadOnlyList<(string Number, bool Found)> Reads) : WorkflowEffect;

/// <summary>A registration to write into the registry (new, or the renewal of <paramref name="RenewedNumber"/>).</summary>
public sealed record RegistrationIssued(
    string ApplicationId,
    string Number,
    MetrologistLevel Level,
    string DistrictCode,
    DateOnly ValidFrom,
    DateOnly ValidTo,
    string? RenewedNumber,
    DateTimeOffset IssuedAt) : WorkflowEffect;

/// <summary>A recognition to write into the registry.</summary>
public sealed record RecognitionIssued(
    string ApplicationId,
    string Number,
    RegistryRecordKind Kind,
    MetrologistLevel? Level,
    string RecognisedNumber,
    string OriginDistrictCode,
    string DistrictCode,
    DateOnly ValidFrom,
    DateOnly ValidTo,
    DateTimeOffset IssuedAt) : WorkflowEffect;

/// <summary>A registration ended by a cancellation or revocation: its status and a history entry with the day and reason.</summary>
public sealed record RegistrationEnded(string ApplicationId, string Number, RegistrationStatus Status, string Reason, DateTimeOffset At) : WorkflowEffect;
