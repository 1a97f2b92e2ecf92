using Approvals.Workflows.Activities;
using Approvals.Workflows.Models;

namespace Approvals.Workflows.Validation;

/// <summary>
/// The graph the flow can actually take: the activities with a unique id and a known type, and the connections
/// whose both ends are among them and enter through the In port.
/// </summary>
internal sealed class FlowGraph
{
    public const string InPort = "In";

    public FlowGraph(WorkflowDefinition definition, IReadOnlyDictionary<string, LoadedActivity> activities)
    {
        Activities = activities;
        Connections = definition.Root.Connections
            .Where(c => activities.ContainsKey(c.Source.Activity) && activities.ContainsKey(c.Target.Activity) && c.Target.Port == InPort)
            .ToList();
        Starts = activities.Values.Where(a => a.Model.Type == StartActivity.TypeName).OrderBy(a => a.Index).ToList();
    }

    public IReadOnlyDictionary<string, LoadedActivity> Activities { get; }

    public IReadOnlyList<ConnectionModel> Connections { get; }

    /// <summary>The Start activities in document order; a valid flow has exactly one.</summary>
    public IReadOnlyList<LoadedActivity> Starts { get; }

    /// <summary>The activities a run from <paramref name="from"/> can reach, never leaving through <paramref name="excluded"/>.</summary>
    public HashSet<string> Reachable(string from, OutcomePort? excluded = null)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { from };
        var pending = new Stack<string>([from]);
        while (pending.TryPop(out var id))
        {
            foreach (var c in Connections)
            {
                if (c.Source.Activity != id || (excluded is { } x && c.Source.Activity == x.Activity && c.Source.Port == x.Port))
                    continue;
                if (seen.Add(c.Target.Activity))
                    pending.Push(c.Target.Activity);
            }
        }
        return seen;
    }
}
