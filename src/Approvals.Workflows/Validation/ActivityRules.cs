using Approvals.Workflows.Contracts;
using Approvals.Workflows.Expressions;
using Approvals.Workflows.Models;
using Approvals.Workflows.Registry;

namespace Approvals.Workflows.Validation;

/// <summary>The checks of each activity: a unique id, a known type, and inputs its descriptor accepts.</summary>
internal sealed class ActivityRules(ActivityRegistry registry, IExpressionEvaluator expressions)
{
    /// <summary>Checks each activity; returns the activities with a unique id and a known type, by id.</summary>
    public Dictionary<string, LoadedActivity> Check(WorkflowDefinition definition, List<ValidationError> errors)
    {
        var known = new Dictionary<string, LoadedActivity>(StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var activities = definition.Root.Activities;
        for (var i = 0; i < activities.Count; i++)
        {
            var model = activities[i];
            var path = $"$.root.activities[{i}]";
            if (string.IsNullOrWhiteSpace(model.Id))
                errors.Add(new ValidationError($"{path}.id", Texts.Text(Texts.ActivityRules_ActivityNeedsId)));
            else if (!ids.Add(model.Id))
                errors.Add(new ValidationError($"{path}.id", Texts.Text(Texts.ActivityRules_ActivityIdIsUsedTwice, model.Id)));

            var activity = registry.Find(model.Type);
            if (activity is null)
            {
                var types = string.Join(", ", registry.Descriptors.Select(d => d.Type).Order(StringComparer.Ordinal));
                errors.Add(new ValidationError($"{path}.type", Texts.Text(Texts.ActivityRules_UnknownActivityTypeKnownTypes, model.Type, types)));
                continue;
            }
            ValidateInputs(model, activity, path, errors);
            if (!string.IsNullOrWhiteSpace(model.Id) && !known.ContainsKey(model.Id))
                known[model.Id] = new LoadedActivity(i, model, activity);
        }
        return known;
    }

    private void ValidateInputs(ActivityModel model, IActivity activity, string path, List<ValidationError> errors)
    {
        foreach (var input in activity.Descriptor.Inputs)
        {
            var at = $"{path}.inputs.{input.Name}";
            var value = model.Inputs[input.Name];
            if (value is null)
            {
                if (input.Required && input.Default is null)
                    errors.Add(new ValidationError(at, Texts.Text(Texts.ActivityRules_ActivityNeedsInput, model.Id, input.DisplayName.ZhCn, input.Name)));
                continue;
            }
            if (InputValue.TryGetExpression(value, out var language, out var expression))
            {
                if (!input.AcceptsExpression)
                    errors.Add(new ValidationError(at, Texts.Text(Texts.ActivityRules_MustBeLiteralValueNotExpression, input.DisplayName.ZhCn, input.Name)));
                else if (expressions.CheckSyntax(language, expression) is { } problem)
                    errors.Add(WorkflowDefinitionLoader.ExpressionProblem(at, model.Id, input, input.Name, problem));
                continue;
            }
            if (LiteralInputCheck.Problem(input, value) is { } message)
                errors.Add(new ValidationError(at, message));
        }
        if (activity is IValidatesInputs structured)
            errors.AddRange(structured.ValidateInputs(model, path, expressions));
    }
}
