using System.Text.Json.Nodes;

namespace Approvals.Web.Features.Designer.Model;

/// <summary>A human task's <c>formFields</c> (<c>[{ name, label, type, required, options }]</c>) as rows, and back.</summary>
public static class FormFieldsCodec
{
    /// <summary>The rows, or null when the value has a shape the rows cannot show (it is then edited as JSON).</summary>
    public static IReadOnlyList<FormFieldRow>? Read(JsonNode? value)
    {
        if (JsonRows.Objects(value) is not { } objects)
            return null;
        var rows = new List<FormFieldRow>(objects.Count);
        foreach (var field in objects)
        {
            if (!JsonRows.TryText(field, "name", out var name) || !JsonRows.TryText(field, "label", out var label)
                || !JsonRows.TryText(field, "type", out var type) || !JsonRows.TryFlag(field, "required", out var required)
                || !JsonRows.TryTextList(field, "options", out var options))
                return null;
            rows.Add(new FormFieldRow(name, label, type, required) { Options = options, Source = field });
        }
        return rows;
    }

    /// <summary>The input's JSON; null (the input left out) when there are no rows.</summary>
    public static JsonNode? Write(IReadOnlyList<FormFieldRow> rows) =>
        rows.Count == 0 ? null : new JsonArray([.. rows.Select(row => (JsonNode?)Write(row))]);

    public static IReadOnlyList<EditorProblem> Problems(IReadOnlyList<FormFieldRow> rows) =>
        [.. RowNames.Problems([.. rows.Select(r => r.Name)], [])];

    private static JsonObject Write(FormFieldRow row)
    {
        var field = (JsonObject)row.Source.DeepClone();
        JsonRows.SetText(field, row.Source, "name", row.Name.Trim());
        JsonRows.SetText(field, row.Source, "label", row.Label, optional: true);
        JsonRows.SetText(field, row.Source, "type", row.Type, optional: true);
        JsonRows.SetFlag(field, row.Source, "required", row.Required);
        JsonRows.SetTextList(field, row.Source, "options", row.Options);
        return field;
    }
}
