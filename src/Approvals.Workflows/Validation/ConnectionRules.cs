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
                errors.Add(new ValidationError($"{path}.source.activity", Texts.Text(Texts.ConnectionRules_ConnectionStartsAtUnknownActivity, connection.Source.Activity)));
            }
            else if (ActivityPorts.Of(source.Model, source.Activity.Descriptor) is { } ports && !ports.Contains(connection.Source.Port))
            {
                var list = string.Join(", ", ports);
                errors.Add(new ValidationError($"{path}.source.port", ports.Count == 0
                    ? Texts.Text(Texts.ConnectionRules_ActivityHasNoOutcomes, source.Model.Id, source.Activity.Descriptor.DisplayName.ZhCn, connection.Source.Port, source.Model.Type)
                    : Texts.Text(Texts.ConnectionRules_ActivityHasNoOutcomeOutcomesAre, source.Model.Id, source.Activity.Descriptor.DisplayName.ZhCn, connection.Source.Port, source.Model.Type, list)));
            }
            if (!activities.ContainsKey(connection.Target.Activity))
                errors.Add(new ValidationError($"{path}.target.activity", Texts.Text(Texts.ConnectionRules_ConnectionEndsAtUnknownActivity, connection.Target.Activity)));
            if (connection.Target.Port != FlowGraph.InPort)
                errors.Add(new ValidationError($"{path}.target.port", Texts.Text(Texts.ConnectionRules_TargetPortMustBeNot, FlowGraph.InPort, connection.Target.Port)));
        }
    }
}
