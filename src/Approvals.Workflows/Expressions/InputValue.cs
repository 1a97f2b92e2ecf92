using System.Text.Json;
using System.Text.Json.Nodes;

namespace Approvals.Workflows.Expressions;

/// <summary>
/// Recognises an input that is an expression: <c>{ "expression": { "type": "JavaScript", "value": "..." } }</c>.
/// Anything else is a literal.
/// </summary>
public static class InputValue
{
    public const string JavaScript = "JavaScript";
    public const string Literal = "Literal";
    public const string Liquid = "Liquid";

    public static bool TryGetExpression(JsonNode? input, out string language, out string expression)
    {
        language = "";
        expression = "";
        if (input is not JsonObject obj || obj.Count != 1 || obj["expression"] is not JsonObject inner)
            return false;
        if (inner["type"] is not JsonValue type || type.GetValueKind() != JsonValueKind.String)
            return false;
        language = type.GetValue<string>();
        expression = inner["value"] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : "";
        return true;
    }

    public static JsonObject Expression(string expression, string language = JavaScript) =>
        new() { ["expression"] = new JsonObject { ["type"] = language, ["value"] = expression } };
}
