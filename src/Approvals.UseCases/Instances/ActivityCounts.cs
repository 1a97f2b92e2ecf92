using Approvals.Core.Access;
using Approvals.UseCases.Data;
using Microsoft.EntityFrameworkCore;

namespace Approvals.UseCases.Instances;

/// <summary>
/// How many instances of one version of a procedure wait at each activity now, and how many have passed through it,
/// counted in the database with one grouped query each (like a process cockpit's heatmap). Only the caller's
/// district's instances count (the executive committee's: all). Passing an activity twice counts once.
/// </summary>
public sealed class ActivityCounts(IApprovalsDbContext db)
{
    public async Task<IReadOnlyList<ActivityCount>> CountAsync(string definitionId, int version, Caller scope, CancellationToken cancellationToken)
    {
        // Both read rows kept for this purpose (the version and district copied onto each), never the instances or the
        // journal: the open bookmarks through their index, and the passage tally folded to about one row per activity.
        var bookmarks = db.Bookmarks.Where(b => b.DefinitionId == definitionId && b.DefinitionVersion == version);
        var tallies = db.ActivityPassageTallies.Where(t => t.DefinitionId == definitionId && t.DefinitionVersion == version);
        if (scope.VisibleDistrict is { } district)
        {
            bookmarks = bookmarks.Where(b => b.District == district);
            tallies = tallies.Where(t => t.District == district);
        }
        var waiting = await bookmarks
            .GroupBy(b => b.ActivityId)
            .Select(byActivity => new { ActivityId = byActivity.Key, Instances = byActivity.Select(b => b.InstanceId).Distinct().Count() })
            .ToListAsync(cancellationToken);
        var passed = await tallies
            .GroupBy(t => t.ActivityId)
            .Select(byActivity => new { ActivityId = byActivity.Key, Instances = byActivity.Sum(t => t.Passed) })
            .ToListAsync(cancellationToken);
        var waitingAt = waiting.ToDictionary(w => w.ActivityId, w => w.Instances);
        var passedAt = passed.ToDictionary(p => p.ActivityId, p => p.Instances);
        return waitingAt.Keys.Union(passedAt.Keys)
            .Order(StringComparer.Ordinal)
            .Select(id => new ActivityCount(id, waitingAt.GetValueOrDefault(id), passedAt.GetValueOrDefault(id)))
            .ToList();
    }
}

/// <param name="Waiting">Instances waiting at the activity now (an open bookmark: a task, a timer, a reply).</param>
/// <param name="Passed">Instances that have completed the activity at least once (executed, or resumed after waiting), by the journal.</param>
public sealed record ActivityCount(string ActivityId, int Waiting, int Passed);
