using Approvals.Core.Applications;
using Approvals.Core.Registry;

namespace Approvals.Core.Workflow;

/// <summary>
/// What the domain activities read: the application and the shared registry. Implemented by the host
/// against committed data; everything a step writes goes through effects into the step's transaction.
/// </summary>
public interface IApplicationFacts
{
    /// <summary>The application with its documents, or null when there is none.</summary>
    Task<Application?> FindApplicationAsync(string applicationId, CancellationToken cancellationToken);

    Task<ApplicationCheckFacts?> LoadForCheckAsync(string applicationId, DateOnly today, CancellationToken cancellationToken);

    /// <summary>
    /// The registry facts about <paramref name="application"/>, saved or not (the wizard's pre-check asks before a
    /// case exists); another open application means one other than this one.
    /// </summary>
    Task<ApplicationCheckFacts> GatherForCheckAsync(Application application, DateOnly today, CancellationToken cancellationToken);

    /// <summary>
    /// The registry records <paramref name="application"/> is decided on (the registration it names, the qualification
    /// it cites), read alone for the steps that write the registry: none of the check's other facts.
    /// </summary>
    Task<DecidingRecords> GatherDecidingRecordsAsync(Application application, CancellationToken cancellationToken);

    /// <summary>The registry record that confirms a subject for its holder, when the registry has one.</summary>
    Task<RegistryEvidence?> FindEvidenceAsync(VerificationSubject subject, string holderIdNumber, CancellationToken cancellationToken);

    /// <summary>
    /// The number of the holder's own certificate of the subject's kind that the subject's number most likely mistypes
    /// (<see cref="Checks.NumberNearMatch"/>), or null when they hold none such.
    /// </summary>
    Task<string?> FindNearNumberAsync(VerificationSubject subject, string holderIdNumber, CancellationToken cancellationToken);

    /// <summary>A registration by number, for a renewal.</summary>
    Task<Registration?> FindRegistrationAsync(string number, CancellationToken cancellationToken);

    /// <summary>
    /// The next <paramref name="count"/> consecutive numbers of a series (<paramref name="series"/> is a number's text
    /// before its six-digit sequence, e.g. CSJ-R2-310118-2026-), for the step to write into the registry. They may be
    /// stand-ins that the step's commit replaces with the numbers free at that moment, everywhere the step wrote them,
    /// so that steps issuing from one series never wait for each other while they run.
    /// </summary>
    Task<IReadOnlyList<string>> NextNumbersAsync(string series, int count, CancellationToken cancellationToken);
}
