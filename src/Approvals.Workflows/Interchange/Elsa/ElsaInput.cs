using System.Text.Json.Nodes;
using Approvals.Workflows.Expressions;

namespace Approvals.Workflows.Interchange.Elsa;

/// <summary>
/// One row of a kind's table: our input name, the Elsa property that holds it and the Elsa typeName it carries.
/// A <paramref name="Template"/> input is text with <c>{{ }}</c> placeholders here and a Liquid expression in Elsa.
/// </summary>
internal sealed record ElsaInput(string Ours, string Elsa, string TypeName, bool Template = false)
{
    public JsonObject Export(JsonNode ours) =>
        Template && ours is JsonValue v && v.TryGetValue(out string? text) && text.Contains("{{", StringComparison.Ordinal)
            ? ElsaExpressions.Export(InputValue.Expression(ElsaLiquid.FromOurs(text), InputValue.Liquid), TypeName)
            : ElsaExpressions.Export(ours, TypeName);

    public JsonNode? Import(JsonNode? elsa, string path, string activityId, ElsaImportContext context)
    {
        var ours = ElsaExpressions.Import(elsa, path, activityId, context);
        // Our templates render placeholders in plain text, so a Liquid template comes back as the text it was.
        return Template && InputValue.TryGetExpression(ours, out var language, out var template) && language == InputValue.Liquid
            ? JsonValue.Create(template)
            : ours;
    }
}
