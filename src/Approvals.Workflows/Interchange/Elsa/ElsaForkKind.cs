using System.Text.Json.Nodes;
using Approvals.Workflows.Models;

namespace Approvals.Workflows.Interchange.Elsa;

/// <summary>
/// Fork ↔ Elsa.FlowFork: the branch names are the ports on both sides. Elsa.Fork arrives the same way when its
/// branches are names; embedded branch activities are refused.
/// </summary>
internal sealed class ElsaForkKind() : ElsaActivityKind("Fork", "Elsa.FlowFork", new ElsaInput("branches", "branches", "String[]"))
{
    public override IReadOnlyList<string> ImportedFrom => [ElsaType, "Elsa.Fork"];

    public override bool CanExport(ActivityModel activity) => activity.Inputs["branches"] is null or JsonArray;

    public override JsonObject ImportInputs(JsonObject elsa, string path, string activityId, ElsaImportContext context)
    {
        if (elsa["branches"] is JsonArray embedded && embedded.Any(b => b is JsonObject))
        {
            context.Refuse($"{path}.branches", Texts.Text(Texts.ElsaImport_EmbeddedActivitiesRefused, activityId, "branches"));
            return [];
        }
        var inputs = base.ImportInputs(elsa, path, activityId, context);
        // Elsa Studio's branch editor may leave a comma-separated list as a plain literal.
        if (inputs["branches"] is JsonValue list && list.TryGetValue(out string? text))
            inputs["branches"] = new JsonArray([.. text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(b => (JsonNode)b)]);
        return inputs;
    }
}
