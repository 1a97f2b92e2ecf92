using System.Text.Json.Nodes;
using Approvals.Workflows.Activities;
using Approvals.Workflows.Models;

namespace Approvals.Workflows.Interchange.Elsa;

/// <summary>
/// Join ↔ Elsa.FlowJoin. The defaults differ (ours waits for all, Elsa's for any), so the mode is always written out;
/// Elsa's WaitAllActive has no equivalent here and is refused.
/// </summary>
internal sealed class ElsaJoinKind() : ElsaActivityKind(JoinActivity.TypeName, "Elsa.FlowJoin", new ElsaInput("mode", "mode", "FlowJoinMode"))
{
    public override void ExportInputs(ActivityModel activity, JsonObject elsa)
    {
        base.ExportInputs(activity, elsa);
        elsa["mode"] ??= Inputs[0].Export(JsonValue.Create(JoinActivity.WaitAll));
    }

    public override JsonObject ImportInputs(JsonObject elsa, string path, string activityId, ElsaImportContext context)
    {
        var inputs = base.ImportInputs(elsa, path, activityId, context);
        var mode = inputs["mode"] switch
        {
            null => JoinActivity.WaitAny,
            JsonValue v when v.TryGetValue(out string? m) => m,
            var expression => expression.ToJsonString(),
        };
        if (mode is not (JoinActivity.WaitAll or JoinActivity.WaitAny))
        {
            context.Refuse($"{path}.mode", Texts.Text(Texts.ElsaImport_JoinModeRefused, activityId, mode));
            return [];
        }
        inputs["mode"] = mode;
        return inputs;
    }
}
