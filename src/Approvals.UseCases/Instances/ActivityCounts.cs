using Approvals.Core.Access;
using Approvals.UseCases.Data;
using Approvals.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace Approvals.UseCases.Instances;

/// <summary>
/// How many instances of one version of a procedure wait at each activity now, and how many have passed through it,
/// counted in the database with one grouped query each (like a process cockpit's heatmap). Only the caller's
/// district's instances count.
/// </summary>
public sealed class ActivityCounts(IApprovalsDbContext db, WorkflowQueries queries)
{
    public async Task<IReadOnlyList<ActivityCount>> CountAsync(string definitionId, int version, Caller scope, CancellationToken cancellationToken)
    {
        var instances = queries.VisibleInstances(scope).Where(i => i.DefinitionId == definitionId && i.DefinitionVersion == version);
        var waiting = await (
                from bookmark in db.Bookmarks
                join instance in instances on bookmark.InstanceId equals instance.Id
                group bookmark by bookmark.ActivityId into byActivity
                select new { ActivityId = byActivity.Key, Instances = byActivity.Select(b => b.InstanceId).Distinct().Count() })
            .ToListAsync(cancellationToken);
        var passed = await (
                from line in db.Journal
                // A waiting activity's completion is journaled as its resumption, any other's as its execution.
                where line.Event == JournalEvent.Executed || line.Event == JournalEvent.Resumed
                join instance in instances on line.InstanceId equals instance.Id
                group line by line.ActivityId into byActivity
                select new { ActivityId = byActivity.Key, Instances = byActivity.Select(l => l.InstanceId).Distinct().Count() })
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
