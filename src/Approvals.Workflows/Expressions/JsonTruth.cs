using System.Text.Json;
using System.Text.Json.Nodes;

namespace Approvals.Workflows.Expressions;

/// <summary>JavaScript truthiness of an evaluated value, so that conditions behave as their authors expect.</summary>
public static class JsonTruth
{
    public static bool IsTruthy(JsonNode? node) => node switch
    {
        null => false,
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.True => true,
            JsonValueKind.String => v.GetValue<string>().Length > 0,
            JsonValueKind.Number => v.GetValue<double>() is var d && d != 0 && !double.IsNaN(d),
            _ => false,
        },
        _ => true,
    };
}
