using System.Text.Json.Nodes;

namespace Approvals.Workflows.Interchange.Elsa;

/// <summary>
/// Decision ↔ Elsa.FlowDecision (True / False ports on both sides). Elsa.If arrives as a Decision when it is drawn
/// with connections; activities embedded in its Then / Else are refused, since a flowchart here has no nesting.
/// </summary>
internal sealed class ElsaDecisionKind() : ElsaActivityKind("Decision", "Elsa.FlowDecision", new ElsaInput("condition", "condition", "Boolean"))
{
    public override IReadOnlyList<string> ImportedFrom => [ElsaType, "Elsa.If"];

    public override JsonObject ImportInputs(JsonObject elsa, string path, string activityId, ElsaImportContext context)
    {
        foreach (var embedded in new[] { "then", "else" })
        {
            if (elsa[embedded] is JsonObject)
                context.Refuse($"{path}.{embedded}", Texts.Text(Texts.ElsaImport_EmbeddedActivitiesRefused, activityId, embedded));
        }
        return base.ImportInputs(elsa, path, activityId, context);
    }
}
