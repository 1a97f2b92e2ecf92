using Approvals.Workflows.Runtime;

namespace Approvals.Core.Workflow;

/// <summary>
/// A change of registration to write into the registry: the registration <paramref name="Number"/> gets the case's
/// employer (when <paramref name="EmployerChanges"/>) and <paramref name="Projects"/>, and moves from
/// <paramref name="FromDistrictCode"/> to <paramref name="ToDistrictCode"/> (the same when it stays).
/// </summary>
public sealed record RegistrationChanged(
    string ApplicationId,
    string Number,
    bool EmployerChanges,
    IReadOnlyList<string> Projects,
    string FromDistrictCode,
    string ToDistrictCode,
    DateTimeOffset ChangedAt) : WorkflowEffect;
