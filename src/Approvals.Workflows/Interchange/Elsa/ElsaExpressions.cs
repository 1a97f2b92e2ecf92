using System.Text.Json;
using System.Text.Json.Nodes;
using Approvals.Workflows.Expressions;

namespace Approvals.Workflows.Interchange.Elsa;

/// <summary>
/// An input as Elsa writes it, <c>{ "typeName": "String", "expression": { "type": "Literal", "value": "…" } }</c>,
/// and ours (a literal JSON value, or <c>{ "expression": { "type": "JavaScript", "value": "…" } }</c>). A literal that is not
/// a string goes out as Elsa's <c>Object</c> expression (JSON text) or as a Literal whose typeName says how to read it back.
/// </summary>
internal static class ElsaExpressions
{
    public const string ObjectLanguage = "Object";
    public const string VariableLanguage = "Variable";

    private static readonly HashSet<string> NumberOrBooleanTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Boolean", "Int16", "Int32", "Int64", "Single", "Double", "Decimal", "Number",
    };

    public static JsonObject Export(JsonNode ours, string? typeName = null)
    {
        var (language, value) = InputValue.TryGetExpression(ours, out var ourLanguage, out var expression)
            ? (ourLanguage, (JsonNode?)expression)
            : ours switch
            {
                JsonValue v when v.GetValueKind() == JsonValueKind.String => (InputValue.Literal, v.DeepClone()),
                JsonValue v => (InputValue.Literal, JsonValue.Create(v.ToJsonString())),
                _ => (ObjectLanguage, JsonValue.Create(ours.ToJsonString())),
            };
        return new JsonObject
        {
            // A table's typeName describes the usual value; a literal of another kind keeps the typeName that reads it back.
            ["typeName"] = ours is JsonValue literal && literal.GetValueKind() != JsonValueKind.String ? TypeNameOf(ours) : typeName ?? TypeNameOf(ours),
            ["expression"] = new JsonObject { ["type"] = language, ["value"] = value },
        };
    }

    private static string TypeNameOf(JsonNode ours) => ours switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.String => "String",
        JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => "Boolean",
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.ToJsonString().Contains('.', StringComparison.Ordinal) ? "Double" : "Int64",
        JsonArray => "Object[]",
        _ => "Object",
    };

    /// <summary>Our input for an Elsa input, or null (with a refusal in <paramref name="context"/> when it cannot be read).</summary>
    public static JsonNode? Import(JsonNode? elsa, string path, string activityId, ElsaImportContext context)
    {
        if (elsa is not JsonObject wrapper || wrapper["expression"] is not JsonObject expression)
            return elsa?.DeepClone();
        var language = expression["type"] is JsonValue t && t.TryGetValue(out string? l) ? l : InputValue.Literal;
        var value = expression["value"];
        var typeName = wrapper["typeName"] is JsonValue n && n.TryGetValue(out string? tn) ? tn : null;
        var at = $"{path}.expression";
        switch (language)
        {
            case InputValue.Literal:
                return Literal(value, typeName);
            case ObjectLanguage:
                return value is JsonValue text && text.TryGetValue(out string? json) ? ParseOrKeep(json) : value?.DeepClone();
            case InputValue.JavaScript:
                return InputValue.Expression(Text(value));
            case InputValue.Liquid:
                if (ElsaLiquid.ToOurs(Text(value), out var unsupported) is { } template)
                    return InputValue.Expression(template, InputValue.Liquid);
                context.Refuse(at, Texts.Text(Texts.ElsaImport_LiquidHasNoEquivalent, activityId, unsupported));
                return null;
            case VariableLanguage when VariableReference(value, context) is { } variable:
                return InputValue.Expression($"variables[{JsonSerializer.Serialize(variable)}]");
            default:
                context.Refuse(at, Texts.Text(Texts.ElsaImport_ExpressionLanguageRefused, activityId, language));
                return null;
        }
    }

    /// <summary>The name of the variable an Elsa reference names: <c>{ "id": …, "name": … }</c> or the bare name.</summary>
    public static string? VariableReference(JsonNode? reference, ElsaImportContext context) => reference switch
    {
        JsonObject o when o["name"] is JsonValue name && name.TryGetValue(out string? n) && n.Length > 0 => n,
        JsonObject o when o["id"] is JsonValue id && id.TryGetValue(out string? i) => context.VariableName(i),
        JsonValue v when v.TryGetValue(out string? s) => context.VariableName(s) ?? s,
        _ => null,
    };

    public static string Text(JsonNode? value) => value switch
    {
        null => "",
        JsonValue v when v.TryGetValue(out string? s) => s,
        _ => value.ToJsonString(),
    };

    private static JsonNode? Literal(JsonNode? value, string? typeName)
    {
        if (value is not JsonValue text || !text.TryGetValue(out string? s))
            return value?.DeepClone();
        if (typeName is not null && (NumberOrBooleanTypes.Contains(typeName) || typeName.EndsWith("[]", StringComparison.Ordinal)))
            return ParseOrKeep(s);
        return JsonValue.Create(s);
    }

    public static JsonNode? ParseOrKeep(string json)
    {
        try
        {
            return JsonNode.Parse(json) ?? JsonValue.Create(json);
        }
        catch (JsonException)
        {
            return JsonValue.Create(json);
        }
    }
}
