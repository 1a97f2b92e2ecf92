using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Approvals.Workflows.Expressions;

/// <summary>
/// Renders Liquid-style <c>{{ variables.x }}</c> / <c>{{ input.a.b }}</c> placeholders. Only property paths are
/// understood — no filters, no code — so a template cannot do more than read data.
/// </summary>
public static partial class TemplateRenderer
{
    public static string Render(string template, JsonObject variables, JsonObject input, bool htmlEncode) =>
        Placeholder().Replace(template, match =>
        {
            var text = Format(Resolve(match.Groups["path"].Value, variables, input));
            return htmlEncode ? WebUtility.HtmlEncode(text) : text;
        });

    private static JsonNode? Resolve(string path, JsonObject variables, JsonObject input)
    {
        var parts = path.Split('.');
        JsonNode? node = parts[0] switch
        {
            "variables" => variables,
            "input" => input,
            _ => null,
        };
        for (var i = 1; i < parts.Length && node is not null; i++)
        {
            node = node switch
            {
                JsonObject obj => obj[parts[i]],
                JsonArray array when int.TryParse(parts[i], out var index) && index >= 0 && index < array.Count => array[index],
                _ => null,
            };
        }
        return node;
    }

    private static string Format(JsonNode? node) => node switch
    {
        null => "",
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        _ => node.ToJsonString(),
    };

    [GeneratedRegex(@"\{\{\s*(?<path>[A-Za-z_$][\w$]*(?:\.[\w$]+)*)\s*\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
