using System.Text.Json.Nodes;
using Approvals.Workflows.Models;

namespace Approvals.Workflows.Interchange.Elsa;

/// <summary>SetVariable ↔ Elsa.SetVariable: our variable's name is Elsa's reference <c>{ id, name }</c>; the value is typed.</summary>
internal sealed class ElsaSetVariableKind() : ElsaActivityKind("SetVariable", "Elsa.SetVariable", new ElsaInput("value", "value", "Object"))
{
    public override bool CanExport(ActivityModel activity) => activity.Inputs["variable"] is null or JsonValue;

    public override void ExportInputs(ActivityModel activity, JsonObject elsa)
    {
        var value = activity.Inputs["value"];
        if (activity.Inputs["variable"] is { } name)
            elsa["variable"] = new JsonObject { ["id"] = name.DeepClone(), ["name"] = name.DeepClone() };
        if (value is not null)
            elsa["value"] = Inputs[0].Export(value);
    }

    public override JsonObject ImportInputs(JsonObject elsa, string path, string activityId, ElsaImportContext context)
    {
        var inputs = base.ImportInputs(elsa, path, activityId, context);
        if (ElsaExpressions.VariableReference(elsa["variable"], context) is { } name)
            inputs.Insert(0, "variable", name);
        return inputs;
    }
}
