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
                    problems.Add(new(field.Name, Texts.Text(Texts.FormData_IsRequired, field.Label)));
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
        FormFieldTypes.Number => Texts.Text(Texts.FormData_MustBeNumber, field.Label),
        FormFieldTypes.Boolean => Texts.Text(Texts.FormData_MustBeTrueOrFalse, field.Label),
        FormFieldTypes.Date => Texts.Text(Texts.FormData_MustBeDate, field.Label, DateFormat),
        FormFieldTypes.Select => Texts.Text(Texts.FormData_MustBeOneOf, field.Label, string.Join("、", field.Options ?? []), string.Join(", ", field.Options ?? [])),
        _ => Texts.Text(Texts.FormData_MustBeText, field.Label),
    };
}
