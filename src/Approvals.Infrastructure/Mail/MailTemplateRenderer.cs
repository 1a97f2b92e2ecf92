using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Approvals.Text;

namespace Approvals.Infrastructure.Mail;

/// <summary>
/// Renders mail templates: <c>{{ a.b }}</c> reads a value of the model (HTML-encoded in HTML), <c>{{#each items}}
/// … {{ this.name }} … {{/each}}</c> repeats for each element, <c>{{#if path}} … {{/if}}</c> keeps its body when
/// the value is present and not false, empty or zero; <c>{{ date path }}</c> and <c>{{ datetime path }}</c> show an ISO 8601
/// date or instant of the model as <see cref="ReadableDates"/> writes it in the mail's language (6 Dec 2026 / 2026年12月6日,
/// times in Asia/Shanghai). Property paths only — no code — and the template is parsed once, so text coming from the
/// model is never read as template syntax.
/// </summary>
public static partial class MailTemplateRenderer
{
    public static string Render(string template, JsonObject model, bool htmlEncode) =>
        Render(template, model, htmlEncode, CultureInfo.GetCultureInfo(MailTemplates.DefaultCulture));

    public static string Render(string template, JsonObject model, bool htmlEncode, CultureInfo culture)
    {
        var tokens = Tag().Split(template);
        var position = 0;
        var nodes = Parse(tokens, ref position, closing: null);
        var output = new StringBuilder();
        Write(nodes, model, current: null, htmlEncode, culture, output);
        return output.ToString();
    }

    private abstract record Node;

    private sealed record Text(string Value) : Node;

    private sealed record Value(string Path, string? DateKind) : Node;

    private sealed record Section(string Kind, string Path, IReadOnlyList<Node> Body) : Node;

    // Split with one capture group: even indexes are text, odd indexes are the inside of a {{ }} tag.
    private static List<Node> Parse(string[] tokens, ref int position, string? closing)
    {
        var nodes = new List<Node>();
        for (; position < tokens.Length; position++)
        {
            var token = tokens[position];
            if (position % 2 == 0)
            {
                if (token.Length > 0)
                    nodes.Add(new Text(token));
                continue;
            }
            var tag = token.Trim();
            if (tag.StartsWith('/'))
            {
                if (tag[1..] != closing)
                    throw new FormatException($"'{{{{{tag}}}}}' closes nothing that is open{(closing is null ? "" : $"; '{{{{/{closing}}}}}' was expected")}.");
                return nodes;
            }
            if (tag.StartsWith('#'))
            {
                var parts = tag[1..].Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                if (parts.Length != 2 || parts[0] is not ("each" or "if"))
                    throw new FormatException($"'{{{{{tag}}}}}' is not a section: use {{{{#each path}}}} or {{{{#if path}}}}.");
                position++;
                nodes.Add(new Section(parts[0], parts[1], Parse(tokens, ref position, parts[0])));
                continue;
            }
            var words = tag.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            nodes.Add(words is [("date" or "datetime") and var kind, var path] ? new Value(path, kind) : new Value(tag, null));
        }
        if (closing is not null)
            throw new FormatException($"'{{{{#{closing}}}}}' is never closed.");
        return nodes;
    }

    private static void Write(IReadOnlyList<Node> nodes, JsonObject model, JsonNode? current, bool htmlEncode, CultureInfo culture, StringBuilder output)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case Text text:
                    output.Append(text.Value);
                    break;
                case Value value:
                    var formatted = Format(Resolve(value.Path, model, current), value.DateKind, culture);
                    output.Append(htmlEncode ? WebUtility.HtmlEncode(formatted) : formatted);
                    break;
                case Section { Kind: "each" } each:
                    foreach (var item in Resolve(each.Path, model, current) as JsonArray ?? [])
                        Write(each.Body, model, item, htmlEncode, culture, output);
                    break;
                case Section section when IsPresent(Resolve(section.Path, model, current)):
                    Write(section.Body, model, current, htmlEncode, culture, output);
                    break;
            }
        }
    }

    private static JsonNode? Resolve(string path, JsonObject model, JsonNode? current)
    {
        var parts = path.Split('.');
        var (node, first) = parts[0] == "this" ? (current, 1) : ((JsonNode?)model, 0);
        for (var i = first; i < parts.Length && node is not null; i++)
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

    private static bool IsPresent(JsonNode? node) => node switch
    {
        null => false,
        JsonArray array => array.Count > 0,
        JsonValue v when v.GetValueKind() == JsonValueKind.False => false,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>().Length > 0,
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => double.Parse(v.ToJsonString(), CultureInfo.InvariantCulture) != 0,
        _ => true,
    };

    private static string Format(JsonNode? node, string? dateKind, CultureInfo culture)
    {
        var text = Format(node);
        return dateKind switch
        {
            "date" when DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) => ReadableDates.Date(day, culture),
            "date" when ParseInstant(text) is { } instant => ReadableDates.Date(instant, culture),
            "datetime" when ParseInstant(text) is { } instant => ReadableDates.DateTime(instant, culture),
            _ => text,
        };
    }

    // An ISO 8601 instant; a time without an offset was written in Shanghai time (mail queued before instants carried one).
    private static DateTimeOffset? ParseInstant(string text) =>
        DateTimeOffset.TryParseExact(text, ["yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(local.DateTime, ReadableDates.ShanghaiOffset)
            : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var instant) && text.Contains('T', StringComparison.Ordinal) ? instant : null;

    private static string Format(JsonNode? node) => node switch
    {
        null => "",
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v => v.ToJsonString(),
        _ => node.ToJsonString(),
    };

    [GeneratedRegex(@"\{\{(.*?)\}\}", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Tag();
}
