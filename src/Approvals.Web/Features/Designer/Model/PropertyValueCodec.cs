using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Approvals.Workflows.Expressions;
using Approvals.Workflows.Runtime;

namespace Approvals.Web.Features.Designer.Model;

/// <summary>
/// Turns an input's JSON into the text an editor shows and back. Writing an empty, non-expression value gives
/// null: the input is left out and its default applies.
/// </summary>
public static class PropertyValueCodec
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static EditorValue Read(PropertyEditorKind editor, JsonNode? value)
    {
        if (InputValue.TryGetExpression(value, out var language, out var expression))
            return new EditorValue(true, expression) { Language = language };
        if (value is null)
            return EditorValue.Empty;
        return editor switch
        {
            PropertyEditorKind.StringList when value is JsonArray array && array.All(i => i is JsonValue v && v.GetValueKind() == JsonValueKind.String) =>
                new EditorValue(false, string.Join('\n', array.Select(i => i!.GetValue<string>()))),
            PropertyEditorKind.WorkingDays when TextOf(value) is { } text && WorkflowDuration.TryParse(text, out var d)
                && d is { IsWorkingTime: true, WorkingHours.Ticks: 0 } =>
                new EditorValue(false, d.WorkingDays.ToString(CultureInfo.InvariantCulture)),
            _ when editor == PropertyEditorKind.StringList || EditsJson(editor) => new EditorValue(false, JsonText(value)),
            _ => new EditorValue(false, TextOf(value) ?? value.ToJsonString()),
        };
    }

    /// <summary>The JSON to store, or a message saying why the text cannot be stored.</summary>
    public static PropertyWrite Write(PropertyEditorKind editor, EditorValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.IsExpression || editor == PropertyEditorKind.Expression)
            return string.IsNullOrWhiteSpace(value.Text) ? PropertyWrite.Absent : PropertyWrite.Of(InputValue.Expression(value.Text, value.Language));
        var text = value.Text.Trim();
        if (text.Length == 0)
            return PropertyWrite.Absent;
        return editor switch
        {
            PropertyEditorKind.Number => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n)
                ? PropertyWrite.Of(JsonValue.Create(n)) : PropertyWrite.Invalid($"'{text}' is not a number."),
            PropertyEditorKind.Integer => long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i)
                ? PropertyWrite.Of(JsonValue.Create(i)) : PropertyWrite.Invalid($"'{text}' is not a whole number."),
            PropertyEditorKind.Switch => bool.TryParse(text, out var b)
                ? PropertyWrite.Of(JsonValue.Create(b)) : PropertyWrite.Invalid($"'{text}' is not true or false."),
            PropertyEditorKind.WorkingDays => WriteDuration(text),
            PropertyEditorKind.StringList => PropertyWrite.Of(new JsonArray([.. text.Split('\n')
                .Select(l => l.Trim()).Where(l => l.Length > 0).Select(l => (JsonNode?)JsonValue.Create(l))])),
            _ when EditsJson(editor) => ParseJson(text),
            _ => PropertyWrite.Of(JsonValue.Create(value.Text)),
        };
    }

    /// <summary>The JSON as the JSON view shows it: indented, Chinese as written.</summary>
    public static string JsonText(JsonNode? value) => value?.ToJsonString(Indented) ?? "";

    /// <summary>Whether the editor's text form is the input's JSON: the JSON editor, and the structured editors' JSON view.</summary>
    public static bool EditsJson(PropertyEditorKind editor) =>
        editor is PropertyEditorKind.Json or PropertyEditorKind.FormFields or PropertyEditorKind.SwitchCases or PropertyEditorKind.Escalation
            or PropertyEditorKind.PerLanguageText;

    private static PropertyWrite WriteDuration(string text)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var days))
            return PropertyWrite.Of(JsonValue.Create($"{days}wd"));
        return WorkflowDuration.TryParse(text, out var duration)
            ? PropertyWrite.Of(JsonValue.Create(duration.ToString()))
            : PropertyWrite.Invalid($"'{text}' is not a duration: give working days (5), or \"2wd4h\", or ISO 8601 such as \"PT30M\".");
    }

    private static PropertyWrite ParseJson(string text)
    {
        try
        {
            return PropertyWrite.Of(JsonNode.Parse(text));
        }
        catch (JsonException e)
        {
            return PropertyWrite.Invalid($"Not valid JSON: {e.Message}");
        }
    }

    private static string? TextOf(JsonNode value) =>
        value is JsonValue v ? v.GetValueKind() switch
        {
            JsonValueKind.String => v.GetValue<string>(),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => v.ToJsonString(),
            _ => null,
        } : null;
}

/// <summary>The result of writing an editor's text: a JSON value (null = leave the input out) or an error.</summary>
public sealed record PropertyWrite(JsonNode? Value, string? Error)
{
    public static PropertyWrite Absent { get; } = new(null, null);

    public bool IsValid => Error is null;

    public static PropertyWrite Of(JsonNode? value) => new(value, null);

    public static PropertyWrite Invalid(string error) => new(null, error);
}
