using Approvals.Infrastructure.Persistence;

namespace Approvals.Infrastructure.Workflows;

/// <summary>
/// A case returned after corrections goes back to the reviewer who asked for them: when a step's task opens again and
/// the last task of that step in the case ended by asking the applicant for corrections, its decider holds the new one.
/// </summary>
internal static class CorrectionsReturn
{
    /// <summary>The outcome port by which a reviewer sends the case back to the applicant.</summary>
    public const string RequestCorrections = "RequestCorrections";

    /// <returns>The user name of the reviewer who asked for corrections at this step, or null.</returns>
    public static async Task<string?> AskerAsync(ApprovalsDbContext db, StepLoadQueries queries, string instanceId, string activityId, CancellationToken cancellationToken)
    {
        var last = await queries.LastDecision(db, instanceId, activityId, cancellationToken);
        return last is { Outcome: RequestCorrections, CompletedBy: { Length: > 0 } asker } && asker != Approvals.Core.Access.Caller.SystemUserId ? asker : null;
    }
}
