using System.Text.Json;
using System.Text.Json.Nodes;
using Approvals.Workflows.Validation;

namespace Approvals.Workflows.Forms;

/// <summary>What a <c>formFields</c> literal must be when a procedure is saved: every problem, each at its path.</summary>
public static class FormFieldRules
{
    public static IEnumerable<ValidationError> Check(JsonNode fields, string path)
    {
        if (fields is not JsonArray array)
        {
            yield return new ValidationError(path, Texts.Text(Texts.FormFieldRules_FormFieldsMustBeArrayOf));
            yield break;
        }
        for (var i = 0; i < array.Count; i++)
        {
            if (Problem(array[i], $"{path}[{i}]") is { } problem)
                yield return problem;
        }
    }

    private static ValidationError? Problem(JsonNode? item, string path)
    {
        if (item is not JsonObject field || field["name"] is not JsonValue name || name.GetValueKind() != JsonValueKind.String)
            return new ValidationError(path, Texts.Text(Texts.FormFieldRules_FormFieldMustBeObjectWith));
        if (field["type"] is not { } type)
            return null;
        if (type is not JsonValue value || !value.TryGetValue(out string? typeName) || !FormFieldTypes.All.Contains(typeName))
        {
            var known = string.Join(", ", FormFieldTypes.All);
            return new ValidationError($"{path}.type", Texts.Text(Texts.FormFieldRules_FormFieldSTypeMustBe, known));
        }
        if (typeName == FormFieldTypes.Select && (field["options"] is not JsonArray options || options.Count == 0 || FormField.OptionsOf(field).Count != options.Count))
        {
            return new ValidationError($"{path}.options", Texts.Text(Texts.FormFieldRules_SelectFieldNeedsOptionsArrayOf));
        }
        return null;
    }
}
