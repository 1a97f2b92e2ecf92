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
        var activities = graph.Activities;
        var startId = graph.Starts.Count > 0 ? graph.Starts[0].Model.Id : null;
        var exclusivePorts = ExclusivePorts(graph);
        var reachable = startId is null ? null : graph.Reachable(startId);
        var dominators = startId is null ? null : new PortDominators(graph, startId);

        foreach (var join in activities.Values.Where(a => a.Model.Type == JoinActivity.TypeName).OrderBy(a => a.Index))
        {
            var path = join.Path;
            var incoming = graph.Incoming(join.Model.Id)
                .DistinctBy(c => (c.Source.Activity, c.Source.Port)).ToList();
            if (incoming.Count < 2)
            {
                errors.Add(new ValidationError(path, Texts.Text(Texts.JoinRules_JoinNeedsAtLeastTwoIncoming, join.Model.Id, incoming.Count)));
                continue;
            }
            if (IsWaitAny(join.Model) || reachable is null || dominators is null)
                continue;
            if (FirstConflict(incoming, exclusivePorts, dominators, reachable) is { } conflict)
                errors.Add(new ValidationError(path, Texts.Text(Texts.JoinRules_JoinWaitsForAllItsInputs, join.Model.Id, conflict.ZhCn, conflict.En)));
        }
    }

    private static LocalizedText? FirstConflict(
        List<ConnectionModel> incoming,
        HashSet<OutcomePort> exclusivePorts,
        PortDominators dominators,
        HashSet<string> reachable)
    {
        if (incoming.FirstOrDefault(input => !reachable.Contains(input.Source.Activity)) is { } unreachable)
            return Texts.Text(Texts.JoinRules_InputFromCanNeverArrive, unreachable.Source.Activity);
        // The ports cutting an input off from Start when removed are the ones on every path to it, its own included.
        var onEveryPath = dominators.OnEveryPathBelowCommonDominator([.. incoming.Select(i => new OutcomePort(i.Source.Activity, i.Source.Port))]);
        var needs = new List<(ConnectionModel Input, Dictionary<string, string> Ports)>();
        for (var i = 0; i < incoming.Count; i++)
        {
            var input = incoming[i];
            var ports = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var port in onEveryPath[i])
            {
                if (exclusivePorts.Contains(port))
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
    private static HashSet<OutcomePort> ExclusivePorts(FlowGraph graph)
    {
        var result = new HashSet<OutcomePort>();
        foreach (var (id, a) in graph.Activities)
        {
            if (a.Model.Type == ForkActivity.TypeName || IsMatchAnySwitch(a.Model))
                continue;
            var ports = ActivityPorts.Of(a.Model, a.Activity.Descriptor);
            if (ports is null || ports.Count < 2)
                continue;
            result.UnionWith(ports.Where(p => graph.IsConnected(id, p)).Select(p => new OutcomePort(id, p)));
        }
        return result;
    }

    private static bool IsWaitAny(ActivityModel join) => LiteralString(join.Inputs["mode"]) == JoinActivity.WaitAny;

    private static bool IsMatchAnySwitch(ActivityModel activity) =>
        activity.Type == "Switch" && LiteralString(activity.Inputs["mode"]) == SwitchActivity.MatchAny;

    private static string? LiteralString(JsonNode? node) => node is JsonValue v && v.TryGetValue(out string? s) ? s : null;
}
