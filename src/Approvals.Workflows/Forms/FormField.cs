using System.Text.Json;
using System.Text.Json.Nodes;

namespace Approvals.Workflows.Forms;

/// <summary>One field of a human task's form, as its <c>formFields</c> input declares it.</summary>
public sealed record FormField(string Name, string Label, string Type, bool Required)
{
    /// <summary>
    /// The well-formed fields of a <c>formFields</c> value (an array of <c>{ name, label, type, required }</c>);
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
            fields.Add(new FormField(
                name,
                Text(field, "label") is { Length: > 0 } label ? label : name,
                Text(field, "type") ?? FormFieldTypes.Text,
                field["required"] is JsonValue required && required.GetValueKind() == JsonValueKind.True));
        }
        return fields;
    }

    private static string? Text(JsonObject field, string property) =>
        field[property] is JsonValue value && value.TryGetValue(out string? text) ? text : null;
}
