using System.Text.Json.Nodes;
using Approvals.Workflows.Expressions;
using Approvals.Workflows.Models;

namespace Approvals.Workflows.Interchange.Elsa;

/// <summary>
/// Switch ↔ Elsa.FlowSwitch: our <c>[{ name, condition }]</c> are Elsa's <c>[{ label, condition: { type, value } }]</c>, each
/// a port. Elsa.Switch arrives the same way when its cases lead through connections, not through embedded activities.
/// </summary>
internal sealed class ElsaSwitchKind() : ElsaActivityKind("Switch", "Elsa.FlowSwitch", new ElsaInput("mode", "mode", "SwitchMode"))
{
    public override IReadOnlyList<string> ImportedFrom => [ElsaType, "Elsa.Switch"];

    public override bool CanExport(ActivityModel activity) => activity.Inputs["cases"] is null or JsonArray;

    public override void ExportInputs(ActivityModel activity, JsonObject elsa)
    {
        var others = new ActivityModel { Inputs = Without(activity.Inputs, "cases") };
        base.ExportInputs(others, elsa);
        if (activity.Inputs["cases"] is not JsonArray cases)
            return;
        elsa["cases"] = new JsonArray([.. cases.Select(c => (JsonNode)new JsonObject
        {
            ["label"] = c?["name"]?.DeepClone(),
            ["condition"] = new JsonObject { ["type"] = InputValue.JavaScript, ["value"] = c?["condition"]?.DeepClone() },
        })]);
    }

    public override JsonObject ImportInputs(JsonObject elsa, string path, string activityId, ElsaImportContext context)
    {
        var inputs = base.ImportInputs(elsa, path, activityId, context);
        if (elsa["cases"] is not JsonArray cases)
            return inputs;
        var ours = new JsonArray();
        for (var i = 0; i < cases.Count; i++)
        {
            var at = $"{path}.cases[{i}]";
            if (cases[i]?["activity"] is JsonObject)
                context.Refuse($"{at}.activity", Texts.Text(Texts.ElsaImport_EmbeddedActivitiesRefused, activityId, "cases.activity"));
            var condition = ElsaExpressions.Import(WrappedCondition(cases[i]?["condition"]), $"{at}.condition", activityId, context);
            ours.Add(new JsonObject
            {
                ["name"] = cases[i]?["label"]?.DeepClone(),
                ["condition"] = InputValue.TryGetExpression(condition, out _, out var script) ? script : ElsaExpressions.Text(condition),
            });
        }
        inputs["cases"] = ours;
        return inputs;
    }

    // A case's condition is a bare expression (no typeName around it); a literal true/false is also a script.
    private static JsonObject WrappedCondition(JsonNode? condition) =>
        condition is JsonObject { } expression && expression["type"] is JsonValue t && t.TryGetValue(out string? type) && type == InputValue.Literal
            ? new JsonObject { ["expression"] = new JsonObject { ["type"] = InputValue.JavaScript, ["value"] = expression["value"]?.DeepClone() } }
            : new JsonObject { ["expression"] = condition?.DeepClone() };

    private static JsonObject Without(JsonObject inputs, string name) =>
        new(inputs.Where(i => i.Key != name).Select(i => KeyValuePair.Create(i.Key, i.Value?.DeepClone())));
}
