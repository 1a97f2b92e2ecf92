using Approvals.Workflows.Contracts;
using Approvals.Workflows.Models;
using Approvals.Workflows.Registry;

namespace Approvals.Workflows.Validation;

/// <summary>The checks of each connection: both ends known activities, from an outcome the source has, into the In port.</summary>
internal static class ConnectionRules
{
    public static void Check(
        WorkflowDefinition definition,
        IReadOnlyDictionary<string, LoadedActivity> activities,
        List<ValidationError> errors)
    {
        var connections = definition.Root.Connections;
        for (var k = 0; k < connections.Count; k++)
        {
            var connection = connections[k];
            var path = $"$.root.connections[{k}]";
            if (!activities.TryGetValue(connection.Source.Activity, out var source))
            {
                errors.Add(new ValidationError($"{path}.source.activity", new(
                    $"连线的起点是不存在的活动“{connection.Source.Activity}”。",
                    $"The connection starts at unknown activity '{connection.Source.Activity}'.")));
            }
            else if (ActivityPorts.Of(source.Model, source.Activity.Descriptor) is { } ports && !ports.Contains(connection.Source.Port))
            {
                var list = string.Join(", ", ports);
                errors.Add(new ValidationError($"{path}.source.port", new(
                    $"活动“{source.Model.Id}”（{source.Activity.Descriptor.DisplayName.ZhCn}）没有结果“{connection.Source.Port}”；" + (ports.Count == 0 ? "它没有任何结果。" : $"它的结果有：{list}。"),
                    $"Activity '{source.Model.Id}' ({source.Model.Type}) has no outcome '{connection.Source.Port}'; " + (ports.Count == 0 ? "it has none." : $"its outcomes are: {list}."))));
            }
            if (!activities.ContainsKey(connection.Target.Activity))
                errors.Add(new ValidationError($"{path}.target.activity", new(
                    $"连线的终点是不存在的活动“{connection.Target.Activity}”。",
                    $"The connection ends at unknown activity '{connection.Target.Activity}'.")));
            if (connection.Target.Port != FlowGraph.InPort)
                errors.Add(new ValidationError($"{path}.target.port", new(
                    $"连线的目标端口必须是“{FlowGraph.InPort}”，而不是“{connection.Target.Port}”。",
                    $"The target port must be '{FlowGraph.InPort}', not '{connection.Target.Port}'.")));
        }
    }
}
