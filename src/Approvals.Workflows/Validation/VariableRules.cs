using Approvals.Workflows.Models;

namespace Approvals.Workflows.Validation;

/// <summary>The checks of the declared variables: each named, none twice.</summary>
internal static class VariableRules
{
    public static void Check(WorkflowDefinition definition, List<ValidationError> errors)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < definition.Variables.Count; i++)
        {
            var name = definition.Variables[i].Name;
            if (string.IsNullOrWhiteSpace(name))
                errors.Add(new ValidationError($"$.variables[{i}].name", Texts.Text(Texts.VariableRules_VariableNeedsName)));
            else if (!names.Add(name))
                errors.Add(new ValidationError($"$.variables[{i}].name", Texts.Text(Texts.VariableRules_VariableIsDeclaredTwice, name)));
        }
    }
}
