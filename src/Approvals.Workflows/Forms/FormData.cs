using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Approvals.Text;

namespace Approvals.Workflows.Forms;

/// <summary>A problem with the value given for one form field, in Simplified Chinese and English.</summary>
public sealed record FormDataProblem(string Field, LocalizedText Text);

/// <summary>
/// Checks the data a person completes a task with against the task's form: every required field filled, every
/// value of its field's type. Values for names the form does not declare are left alone: procedures may read
/// data of their own.
/// </summary>
public static class FormData
{
    public const string DateFormat = "yyyy-MM-dd";

    public static IReadOnlyList<FormDataProblem> Check(IReadOnlyList<FormField> fields, JsonObject? data)
    {
        var problems = new List<FormDataProblem>();
        foreach (var field in fields)
        {
            var value = data?[field.Name];
            if (IsEmpty(value))
            {
                if (field.Required)
                    problems.Add(new(field.Name, new($"请填写“{field.Label}”。", $"'{field.Label}' is required.")));
                continue;
            }
            if (!Fits(field, value!))
                problems.Add(new(field.Name, WrongType(field)));
        }
        return problems;
    }

    private static bool IsEmpty(JsonNode? value) =>
        value is null || (value is JsonValue text && text.TryGetValue(out string? s) && string.IsNullOrWhiteSpace(s));

    private static bool Fits(FormField field, JsonNode value)
    {
        var kind = value.GetValueKind();
        return field.Type switch
        {
            FormFieldTypes.Select => kind == JsonValueKind.String && (field.Options ?? []).Contains(value.GetValue<string>()),
            FormFieldTypes.Number => kind == JsonValueKind.Number,
            FormFieldTypes.Boolean => kind is JsonValueKind.True or JsonValueKind.False,
            FormFieldTypes.Date => kind == JsonValueKind.String
                && DateOnly.TryParseExact(value.GetValue<string>(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            _ => kind == JsonValueKind.String,
        };
    }

    private static LocalizedText WrongType(FormField field) => field.Type switch
    {
        FormFieldTypes.Number => new($"“{field.Label}”必须是数字。", $"'{field.Label}' must be a number."),
        FormFieldTypes.Boolean => new($"“{field.Label}”必须是“是”或“否”。", $"'{field.Label}' must be true or false."),
        FormFieldTypes.Date => new($"“{field.Label}”必须是日期（{DateFormat}）。", $"'{field.Label}' must be a date ({DateFormat})."),
        FormFieldTypes.Select => new(
            $"“{field.Label}”必须是以下之一：{string.Join("、", field.Options ?? [])}。",
            $"'{field.Label}' must be one of: {string.Join(", ", field.Options ?? [])}."),
        _ => new($"“{field.Label}”必须是文字。", $"'{field.Label}' must be text."),
    };
}
