using System.Text.Json.Nodes;
using Approvals.Workflows.Expressions;
using Approvals.Workflows.Models;

namespace Approvals.Workflows.Registry;

/// <summary>The outcome ports of one activity: its descriptor's fixed ones plus those its input adds.</summary>
public static class ActivityPorts
{
    /// <summary>Null when the ports come from an expression and so are only known at run time.</summary>
    public static IReadOnlyList<string>? Of(ActivityModel activity, ActivityDescriptor descriptor)
    {
        if (descriptor.OutcomesFromInput is not { } inputName)
            return descriptor.Outcomes;
        var input = activity.Inputs[inputName] ?? descriptor.Inputs.FirstOrDefault(i => i.Name == inputName)?.Default;
        if (InputValue.TryGetExpression(input, out _, out _))
            return null;
        var ports = new List<string>(descriptor.Outcomes);
        if (input is JsonArray array)
        {
            foreach (var item in array)
            {
                var name = item switch
                {
                    JsonValue v when v.TryGetValue(out string? s) => s,
                    JsonObject o when o["name"] is JsonValue n && n.TryGetValue(out string? s) => s,
                    _ => null,
                };
                if (name is not null && !ports.Contains(name))
                    ports.Add(name);
            }
        }
        return ports;
    }
}
