using Approvals.Workflows.Contracts;
using Approvals.Workflows.Models;
using Approvals.Workflows.Registry;

namespace Approvals.Workflows.Validation;

public sealed partial class WorkflowDefinitionLoader
{
    private const string InPort = "In";

    private static void ValidateConnections(
        WorkflowDefinition definition,
        Dictionary<string, (int Index, ActivityModel Model, IActivity Activity)> activities,
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
            if (connection.Target.Port != InPort)
                errors.Add(new ValidationError($"{path}.target.port", new(
                    $"连线的目标端口必须是“{InPort}”，而不是“{connection.Target.Port}”。",
                    $"The target port must be '{InPort}', not '{connection.Target.Port}'.")));
        }
    }

    /// <summary>The connections whose both ends are known activities: the graph the flow can actually take.</summary>
    private static List<ConnectionModel> UsableConnections(WorkflowDefinition definition, Dictionary<string, (int Index, ActivityModel Model, IActivity Activity)> activities) =>
        definition.Root.Connections
            .Where(c => activities.ContainsKey(c.Source.Activity) && activities.ContainsKey(c.Target.Activity) && c.Target.Port == InPort)
            .ToList();
}
