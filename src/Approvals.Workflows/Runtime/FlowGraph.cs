using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Approvals.Workflows.Activities;
using Approvals.Workflows.Models;

namespace Approvals.Workflows.Runtime;

/// <summary>
/// What the interpreter needs to know about joins, computed once per compiled workflow: which activities can
/// reach each join (for WaitAny cancellation), which connections it waits for, and which joins each fork opens.
/// </summary>
internal sealed class FlowGraph
{
    private static readonly ConditionalWeakTable<CompiledWorkflow, FlowGraph> Cache = new();

    private readonly Dictionary<string, HashSet<string>> _upstreamOfJoin = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _joinWaitsFor = new(StringComparer.Ordinal);
    private readonly HashSet<string> _waitAnyJoins = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _joinsAfterFork = new(StringComparer.Ordinal);

    private FlowGraph(CompiledWorkflow workflow)
    {
        foreach (var activity in workflow.Definition.Root.Activities)
        {
            if (activity.Type == JoinActivity.TypeName)
            {
                _upstreamOfJoin[activity.Id] = Walk(activity.Id, id => workflow.IncomingTo(id).Select(c => c.Source.Activity));
                _joinWaitsFor[activity.Id] = workflow.IncomingTo(activity.Id).Select(ArrivalKey).Distinct(StringComparer.Ordinal).ToArray();
                if (activity.Inputs["mode"] is JsonValue mode && mode.TryGetValue(out string? m) && m == JoinActivity.WaitAny)
                    _waitAnyJoins.Add(activity.Id);
            }
            else if (activity.Type == ForkActivity.TypeName)
            {
                var after = Walk(activity.Id, id => Targets(workflow, id));
                _joinsAfterFork[activity.Id] = after.Where(id => workflow.ActivitiesById.TryGetValue(id, out var a) && a.Type == JoinActivity.TypeName).ToArray();
            }
        }
    }

    public static FlowGraph For(CompiledWorkflow workflow) => Cache.GetValue(workflow, Build);

    public static string ArrivalKey(ConnectionModel connection) => $"{connection.Source.Activity}:{connection.Source.Port}";

    public bool IsWaitAny(string joinId) => _waitAnyJoins.Contains(joinId);

    public IReadOnlyList<string> WaitsFor(string joinId) => _joinWaitsFor.GetValueOrDefault(joinId) ?? [];

    public bool CanReach(string activityId, string joinId) =>
        _upstreamOfJoin.TryGetValue(joinId, out var upstream) && upstream.Contains(activityId);

    public IReadOnlyList<string> JoinsAfter(string forkId) => _joinsAfterFork.GetValueOrDefault(forkId) ?? [];

    private static FlowGraph Build(CompiledWorkflow workflow)
    {
        // JsonObject builds its children lazily on first read; doing it once here, under a lock, keeps
        // later concurrent steps on the shared definition read-only.
        lock (workflow.Definition)
        {
            foreach (var activity in workflow.Definition.Root.Activities)
                Materialize(activity.Inputs);
            foreach (var variable in workflow.Definition.Variables)
                Materialize(variable.Value);
            return new FlowGraph(workflow);
        }
    }

    private static void Materialize(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj)
                    Materialize(child);
                break;
            case JsonArray array:
                foreach (var child in array)
                    Materialize(child);
                break;
        }
    }

    private static IEnumerable<string> Targets(CompiledWorkflow workflow, string id) =>
        workflow.Definition.Root.Connections.Where(c => c.Source.Activity == id).Select(c => c.Target.Activity);

    private static HashSet<string> Walk(string from, Func<string, IEnumerable<string>> next)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(next(from));
        while (pending.TryPop(out var id))
        {
            if (seen.Add(id))
            {
                foreach (var n in next(id))
                    pending.Push(n);
            }
        }
        return seen;
    }
}
