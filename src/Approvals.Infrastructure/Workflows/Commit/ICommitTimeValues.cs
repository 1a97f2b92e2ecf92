using System.Data.Common;
using Approvals.Infrastructure.Persistence;

namespace Approvals.Infrastructure.Workflows.Commit;

/// <summary>
/// Values a step writes as stand-ins and takes only inside its commit's transaction, just before the step's rows are
/// written (a counter that must not be held while the step runs, and must not lose a value to a step that fails).
/// <see cref="StepCommitter"/> puts each value in place of its stand-in in every row the step writes. Register as a
/// singleton.
/// </summary>
public interface ICommitTimeValues
{
    /// <summary>
    /// Takes the values for the stand-ins among the step's tracked rows (none when it holds none), with
    /// <paramref name="command"/>, which runs inside the commit's transaction. Throwing abandons the step.
    /// </summary>
    Task<IReadOnlyList<StandInValue>> TakeAsync(ApprovalsDbContext db, DbCommand command, CancellationToken cancellationToken);
}

/// <summary>A value taken at commit and the stand-in the step wrote for it.</summary>
public sealed record StandInValue(string StandIn, string Value);
