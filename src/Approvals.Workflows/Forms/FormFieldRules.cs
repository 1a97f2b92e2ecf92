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
            yield return new ValidationError(path, new(
                "表单字段必须是 { name, label, type, required } 组成的数组。", "Form fields must be an array of { name, label, type, required }."));
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
            return new ValidationError(path, new("表单字段必须是带字符串“name”的对象。", "A form field must be an object with a string 'name'."));
        if (field["type"] is not { } type)
            return null;
        if (type is not JsonValue value || !value.TryGetValue(out string? typeName) || !FormFieldTypes.All.Contains(typeName))
        {
            var known = string.Join(", ", FormFieldTypes.All);
            return new ValidationError($"{path}.type", new($"表单字段的类型必须是以下之一：{known}。", $"A form field's type must be one of: {known}."));
        }
        if (typeName == FormFieldTypes.Select && (field["options"] is not JsonArray options || options.Count == 0 || FormField.OptionsOf(field).Count != options.Count))
        {
            return new ValidationError($"{path}.options", new(
                "选择类字段需要“options”：至少一个选项的字符串数组。", "A select field needs 'options': an array of at least one string."));
        }
        return null;
    }
}
