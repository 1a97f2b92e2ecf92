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
                errors.Add(new ValidationError(path, Texts.Text(Texts.JoinRules_JoinNeedsAtLeastTwoIncoming, join.Model.Id, incoming.Count)));
                continue;
            }
            if (IsWaitAny(join.Model) || startId is null || reachable is null)
                continue;
            if (FirstConflict(graph, incoming, exclusivePorts, reachWithout, reachable, startId) is { } conflict)
                errors.Add(new ValidationError(path, Texts.Text(Texts.JoinRules_JoinWaitsForAllItsInputs, join.Model.Id, conflict.ZhCn, conflict.En)));
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
                return Texts.Text(Texts.JoinRules_InputFromCanNeverArrive, input.Source.Activity);
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
                        return Texts.Text(Texts.JoinRules_InputFromNeedsOutcomeOfWhile, other.Source.Activity, activity, otherPort, input.Source.Activity, port);
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
