using Approvals.Core.Applications;
using Approvals.Core.Registry;
using Approvals.Text;

namespace Approvals.UseCases.Registry;

/// <summary>Who and what a staff search found: people (by name, ID number or record number) and enterprises (by credit code or name).</summary>
public sealed record RegistryMatches(IReadOnlyList<PersonMatch> People, IReadOnlyList<EnterpriseMatch> Enterprises);

public sealed record PersonMatch(string Id, string Name, string IdNumber);

public sealed record EnterpriseMatch(string Id, string Name, string CreditCode, string DistrictCode);

/// <summary>A person as the registry knows them, with the cases about them the reader's district may see.</summary>
public sealed record PersonFile(
    PersonMatch Person,
    IReadOnlyList<RegistryRecordView> Records,
    IReadOnlyList<QualificationView> Qualifications,
    IReadOnlyList<RegistryCaseView> Cases,
    IReadOnlyList<RegistryHistoryView> History)
{
    /// <summary>Where the bureau's notices to the person as a holder go; null when the registry has no address (an imported record).</summary>
    public string? Email { get; init; }
}

/// <summary>An employer, the registrations and recognitions held with it, and the cases it is the employer in.</summary>
public sealed record EnterpriseFile(
    EnterpriseMatch Enterprise,
    IReadOnlyList<RegistryRecordView> Records,
    IReadOnlyList<RegistryCaseView> Cases,
    IReadOnlyList<RegistryHistoryView> History);

public sealed record QualificationView(string Number, MetrologistLevel Level, DateOnly IssuedOn, string Issuer);

/// <summary>A case (application) about the person or enterprise, in the reader's district.</summary>
/// <param name="InstanceId">Its procedure, for a regulator's instance page.</param>
/// <param name="TaskId">The latest task of its procedure in the reader's district, for a reviewer's task page.</param>
public sealed record RegistryCaseView(
    string Id, string? CaseNumber, ApplicationType Type, ApplicationStatus Status, LocalizedText StatusText, string? DistrictCode,
    string? PersonName, DateTimeOffset? SubmittedAt, string? InstanceId, string? TaskId);

/// <summary>One entry of a registration's history.</summary>
/// <param name="EffectiveOn">The day it took effect in the zone (an imported record: the day it was first valid).</param>
/// <param name="RecordedAt">When the registry recorded it.</param>
/// <param name="From">The value before, as people read it; null when the kind says it all.</param>
/// <param name="CaseNumber">The case whose decision made it (null for an import).</param>
/// <param name="Case">That case when the reader's district may open it, for the link; otherwise null.</param>
/// <param name="ImportId">The registry import that carried the record over.</param>
public sealed record RegistryHistoryView(
    DateOnly EffectiveOn, DateTimeOffset RecordedAt, string RegistrationNumber, RegistrationEvent Kind, LocalizedText Event,
    string? From, string? To, string? Reason, string? ApplicationId, string? CaseNumber, RegistryCaseView? Case, long? ImportId);
