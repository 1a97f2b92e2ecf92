using System.Text.Json.Nodes;
using Approvals.Text;
using Approvals.Workflows.Activities;
using Approvals.Workflows.Contracts;
using Approvals.Workflows.Models;
using Approvals.Workflows.Registry;

namespace Approvals.Workflows.Validation;

internal static class JoinRules
{
    /// <summary>
    /// A WaitAll join must be able to receive every input in one run. An input "needs" an outcome port of an
    /// exclusive activity (one that continues through a single port, like a Decision) when removing that port
    /// cuts the input off from Start; two inputs needing different ports of the same activity never both arrive.
    /// </summary>
    public static void Check(FlowGraph graph, List<ValidationError> errors)
    {
        var (activities, connections) = (graph.Activities, graph.Connections);
        var startId = graph.Starts.Count > 0 ? graph.Starts[0].Model.Id : null;
        var exclusivePorts = ExclusivePorts(graph);
        var reachWithout = new Dictionary<OutcomePort, HashSet<string>>();
        var reachable = startId is null ? null : graph.Reachable(startId);

        foreach (var join in activities.Values.Where(a => a.Model.Type == JoinActivity.TypeName).OrderBy(a => a.Index))
        {
            var path = join.Path;
            var incoming = connections.Where(c => c.Target.Activity == join.Model.Id)
                .DistinctBy(c => (c.Source.Activity, c.Source.Port)).ToList();
            if (incoming.Count < 2)
            {
                errors.Add(new ValidationError(path, new(
                    $"汇合“{join.Model.Id}”至少需要两条进入的连线；现在有 {incoming.Count} 条。",
                    $"Join '{join.Model.Id}' needs at least two incoming connections; it has {incoming.Count}.")));
                continue;
            }
            if (IsWaitAny(join.Model) || startId is null || reachable is null)
                continue;
            if (FirstConflict(graph, incoming, exclusivePorts, reachWithout, reachable, startId) is { } conflict)
                errors.Add(new ValidationError(path, new(
                    $"汇合“{join.Model.Id}”等待全部输入，但{conflict.ZhCn}。请改用 WaitAny 模式，或在分支前放一个“并行分支”（Fork）。",
                    $"Join '{join.Model.Id}' waits for all its inputs, but {conflict.En}. Use mode WaitAny or put a Fork before the branches.")));
        }
    }

    private static LocalizedText? FirstConflict(
        FlowGraph graph,
        List<ConnectionModel> incoming,
        List<OutcomePort> exclusivePorts,
        Dictionary<OutcomePort, HashSet<string>> reachWithout,
        HashSet<string> reachable,
        string startId)
    {
        var needs = new List<(ConnectionModel Input, Dictionary<string, string> Ports)>();
        foreach (var input in incoming)
        {
            if (!reachable.Contains(input.Source.Activity))
                return new($"来自“{input.Source.Activity}”的输入永远不会到达", $"the input from '{input.Source.Activity}' can never arrive");
            var ports = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var port in exclusivePorts)
            {
                var isOwnPort = port.Activity == input.Source.Activity && port.Port == input.Source.Port;
                if (!reachWithout.TryGetValue(port, out var reach))
                    reachWithout[port] = reach = graph.Reachable(startId, port);
                if (isOwnPort || !reach.Contains(input.Source.Activity))
                    ports[port.Activity] = port.Port;
            }
            foreach (var (other, otherPorts) in needs)
            {
                foreach (var (activity, port) in ports)
                {
                    if (otherPorts.TryGetValue(activity, out var otherPort) && otherPort != port)
                        return new(
                            $"来自“{other.Source.Activity}”的输入需要“{activity}”的结果“{otherPort}”，而来自“{input.Source.Activity}”的输入需要“{port}”，两者不可能都到达",
                            $"the input from '{other.Source.Activity}' needs outcome '{otherPort}' of '{activity}' while the input from '{input.Source.Activity}' needs '{port}', so both can never arrive");
                }
            }
            needs.Add((input, ports));
        }
        return null;
    }

    /// <summary>Ports of activities that continue through one port only: all but Fork and a MatchAny Switch.</summary>
    private static List<OutcomePort> ExclusivePorts(FlowGraph graph)
    {
        var result = new List<OutcomePort>();
        foreach (var (id, a) in graph.Activities)
        {
            if (a.Model.Type == ForkActivity.TypeName || IsMatchAnySwitch(a.Model))
                continue;
            var ports = ActivityPorts.Of(a.Model, a.Activity.Descriptor);
            if (ports is null || ports.Count < 2)
                continue;
            result.AddRange(ports.Where(p => graph.Connections.Any(c => c.Source.Activity == id && c.Source.Port == p)).Select(p => new OutcomePort(id, p)));
        }
        return result;
    }

    private static bool IsWaitAny(ActivityModel join) => LiteralString(join.Inputs["mode"]) == JoinActivity.WaitAny;

    private static bool IsMatchAnySwitch(ActivityModel activity) =>
        activity.Type == "Switch" && LiteralString(activity.Inputs["mode"]) == SwitchActivity.MatchAny;

    private static string? LiteralString(JsonNode? node) => node is JsonValue v && v.TryGetValue(out string? s) ? s : null;
}
