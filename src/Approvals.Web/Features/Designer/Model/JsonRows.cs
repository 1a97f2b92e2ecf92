using System.Text.Json;
using System.Text.Json.Nodes;

namespace Approvals.Web.Features.Designer.Model;

/// <summary>
/// Reading and writing the plain properties of the objects a structured editor shows, so that what the editor
/// does not show (another property, a value of another shape) is either left exactly as it was or makes the
/// editor hand the value to the JSON editor instead.
/// </summary>
internal static class JsonRows
{
    /// <summary>The objects of an array (none when the input is absent); null when the value is anything else.</summary>
    public static IReadOnlyList<JsonObject>? Objects(JsonNode? value)
    {
        if (value is null)
            return [];
        if (value is not JsonArray array || array.Any(item => item is not JsonObject))
            return null;
        return [.. array.Cast<JsonObject>()];
    }

    /// <summary>A string property, "" when absent; false when it holds anything but a string.</summary>
    public static bool TryText(JsonObject source, string name, out string text)
    {
        text = "";
        var node = source[name];
        if (node is null)
            return true;
        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.String)
        {
            text = value.GetValue<string>();
            return true;
        }
        return false;
    }

    /// <summary>A boolean property, false when absent; false again when it holds anything but a boolean.</summary>
    public static bool TryFlag(JsonObject source, string name, out bool flag)
    {
        flag = false;
        var node = source[name];
        if (node is null)
            return true;
        if (node.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
        {
            flag = node.GetValue<bool>();
            return true;
        }
        return false;
    }

    /// <summary>An array-of-strings property, empty when absent; false when it holds anything else.</summary>
    public static bool TryTextList(JsonObject source, string name, out IReadOnlyList<string> items)
    {
        items = [];
        var node = source[name];
        if (node is null)
            return true;
        if (node is not JsonArray array || array.Any(item => item is not JsonValue value || value.GetValueKind() != JsonValueKind.String))
            return false;
        items = [.. array.Select(item => item!.GetValue<string>())];
        return true;
    }

    /// <summary>
    /// Sets a string property on a copy of its source only when the editor changed it, so a row that was not
    /// touched is written back exactly as it was read. An emptied optional property is removed.
    /// </summary>
    public static void SetText(JsonObject target, JsonObject source, string name, string text, bool optional = false)
    {
        if (TryText(source, name, out var before) && before == text)
            return;
        if (optional && text.Length == 0)
            target.Remove(name);
        else
            target[name] = text;
    }

    /// <summary>Sets an array-of-strings property when the editor changed it; an emptied list is removed.</summary>
    public static void SetTextList(JsonObject target, JsonObject source, string name, IReadOnlyList<string> items)
    {
        if (TryTextList(source, name, out var before) && before.SequenceEqual(items))
            return;
        if (items.Count == 0)
            target.Remove(name);
        else
            target[name] = new JsonArray([.. items.Select(item => (JsonNode)item)]);
    }

    public static void SetFlag(JsonObject target, JsonObject source, string name, bool flag)
    {
        if (TryFlag(source, name, out var before) && before == flag)
            return;
        target[name] = flag;
    }
}
