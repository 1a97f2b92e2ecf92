using System.Text.Json.Nodes;
using Approvals.Workflows.Models;

namespace Approvals.Workflows.Interchange.Elsa;

/// <summary>
/// An activity Elsa has no counterpart for (HumanTask, SetStatus, the domain's checks) leaves as the custom type
/// <c>Approvals.{Type}</c> with every input as a typed expression, so Elsa Studio shows it as an unknown activity,
/// and comes back as the same activity.
/// </summary>
internal static class ElsaCustomKind
{
    public const string Prefix = "Approvals.";

    /// <summary>Fields every Elsa activity has; any other property is an input.</summary>
    private static readonly HashSet<string> ActivityFields = new(StringComparer.Ordinal)
    {
        "id", "nodeId", "name", "type", "version", "customProperties", "metadata", "canStartWorkflow", "runAsynchronously", "result",
    };

    public static bool IsActivityField(string property) => ActivityFields.Contains(property);

    public static void ExportInputs(ActivityModel activity, JsonObject elsa)
    {
        foreach (var (name, value) in activity.Inputs)
        {
            if (value is not null)
                elsa[name] = ElsaExpressions.Export(value);
        }
    }

    public static JsonObject ImportInputs(JsonObject elsa, string path, string activityId, ElsaImportContext context)
    {
        var inputs = new JsonObject();
        foreach (var (name, value) in elsa)
        {
            if (!IsActivityField(name) && value is not null && ElsaExpressions.Import(value, $"{path}.{name}", activityId, context) is { } ours)
                inputs[name] = ours;
        }
        return inputs;
    }
}
