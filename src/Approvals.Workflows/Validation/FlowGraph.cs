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
        // Indexed once so that every question below costs the edges it touches, not a scan of all of them: a
        // definition of thousands of activities validates in time linear in its size.
        _outgoing = Connections.ToLookup(c => c.Source.Activity, StringComparer.Ordinal);
        _incoming = Connections.ToLookup(c => c.Target.Activity, StringComparer.Ordinal);
        _connectedPorts = Connections.Select(c => new OutcomePort(c.Source.Activity, c.Source.Port)).ToHashSet();
    }

    private readonly ILookup<string, ConnectionModel> _outgoing;
    private readonly ILookup<string, ConnectionModel> _incoming;
    private readonly HashSet<OutcomePort> _connectedPorts;

    public IReadOnlyDictionary<string, LoadedActivity> Activities { get; }

    public IReadOnlyList<ConnectionModel> Connections { get; }

    /// <summary>The Start activities in document order; a valid flow has exactly one.</summary>
    public IReadOnlyList<LoadedActivity> Starts { get; }

    /// <summary>The connections into <paramref name="activityId"/>, in document order.</summary>
    public IEnumerable<ConnectionModel> Incoming(string activityId) => _incoming[activityId];

    /// <summary>Whether a connection leaves <paramref name="activityId"/> through <paramref name="port"/>.</summary>
    public bool IsConnected(string activityId, string port) => _connectedPorts.Contains(new OutcomePort(activityId, port));

    /// <summary>The activities a run from <paramref name="from"/> can reach.</summary>
    public HashSet<string> Reachable(string from)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { from };
        var pending = new Stack<string>([from]);
        while (pending.TryPop(out var id))
        {
            foreach (var c in _outgoing[id])
            {
                if (seen.Add(c.Target.Activity))
                    pending.Push(c.Target.Activity);
            }
        }
        return seen;
    }
}
