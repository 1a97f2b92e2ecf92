using Approvals.Workflows.Diff;
using Approvals.Workflows.Models;
using Approvals.Workflows.Runtime;
using Approvals.UseCases.Instances;

namespace Approvals.Web.Features.Designer.Model;

/// <summary>
/// What the instance viewer draws over a definition: the activities that completed, wait or faulted, and the
/// connections the instance took (as canvas keys, <c>source:port-&gt;target</c>).
/// </summary>
public sealed record ExecutionOverlay(
    IReadOnlyList<string> Completed,
    IReadOnlyList<string> Waiting,
    IReadOnlyList<string> Faulted,
    IReadOnlyList<string> Path)
{
    public static ExecutionOverlay From(WorkflowDefinition definition, InstanceDetails instance)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(instance);
        var journal = instance.Journal.Where(j => j.ActivityId.Length > 0).OrderBy(j => j.Sequence).ToList();
        var faulted = instance.Incidents.Where(i => i.ResolvedAt is null).Select(i => i.ActivityId).Distinct().ToList();
        var waiting = instance.Bookmarks.Select(b => b.ActivityId).Distinct().Except(faulted).ToList();
        var completed = journal.Where(j => j.Event is JournalEvent.Executed or JournalEvent.Resumed).Select(j => j.ActivityId).Distinct()
            .Except(waiting).Except(faulted).ToList();
        return new ExecutionOverlay(completed, waiting, faulted, TakenConnections(definition, journal));
    }

    // A connection was taken when its source left through its port and its target ran after that.
    private static List<string> TakenConnections(WorkflowDefinition definition, List<JournalView> journal)
    {
        var taken = new List<string>();
        foreach (var connection in definition.Root.Connections)
        {
            var key = ConnectionKey.Of(connection);
            var left = journal.Where(j => j.ActivityId == key.SourceActivity && j.Event is JournalEvent.Executed or JournalEvent.Resumed
                && (j.Outcome ?? "").Split(',').Contains(key.SourcePort, StringComparer.Ordinal));
            var arrived = left.Any(l => journal.Any(j => j.ActivityId == key.TargetActivity && j.Sequence > l.Sequence));
            if (arrived && !taken.Contains(key.CanvasKey))
                taken.Add(key.CanvasKey);
        }
        return taken;
    }
}
