using System.Text.Json;
using System.Text.Json.Nodes;

namespace Approvals.Workflows.Forms;

/// <summary>One field of a human task's form, as its <c>formFields</c> input declares it.</summary>
/// <param name="Options">The choices of a <see cref="FormFieldTypes.Select"/> field; null for other types.</param>
public sealed record FormField(string Name, string Label, string Type, bool Required, IReadOnlyList<string>? Options = null)
{
    /// <summary>
    /// The well-formed fields of a <c>formFields</c> value (an array of <c>{ name, label, type, required, options }</c>);
    /// validation reports the others when the definition is saved. A field without a type is text, without a
    /// label is labelled by its name.
    /// </summary>
    public static IReadOnlyList<FormField> Parse(JsonNode? formFields)
    {
        if (formFields is not JsonArray array)
            return [];
        var fields = new List<FormField>(array.Count);
        foreach (var item in array)
        {
            if (item is not JsonObject field || Text(field, "name") is not { Length: > 0 } name)
                continue;
            var type = Text(field, "type") ?? FormFieldTypes.Text;
            fields.Add(new FormField(
                name,
                Text(field, "label") is { Length: > 0 } label ? label : name,
                type,
                field["required"] is JsonValue required && required.GetValueKind() == JsonValueKind.True,
                type == FormFieldTypes.Select ? OptionsOf(field) : null));
        }
        return fields;
    }

    /// <summary>The string items of a field's <c>options</c> array.</summary>
    public static IReadOnlyList<string> OptionsOf(JsonObject field) =>
        field["options"] is JsonArray options ? [.. options.OfType<JsonValue>().Where(o => o.GetValueKind() == JsonValueKind.String).Select(o => o.GetValue<string>())] : [];

    private static string? Text(JsonObject field, string property) =>
        field[property] is JsonValue value && value.TryGetValue(out string? text) ? text : null;
}
