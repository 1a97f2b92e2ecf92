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
    IReadOnlyList<RegistryHistoryView> History);

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

/// <summary>One write of a registry record: when, which record, and whether it was first recorded or changed.</summary>
public sealed record RegistryHistoryView(DateTimeOffset At, string RecordNumber, string RecordKind, LocalizedText Event);
