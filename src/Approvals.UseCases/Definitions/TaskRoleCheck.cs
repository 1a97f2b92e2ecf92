using System.Text.Json.Nodes;
using Approvals.Core.Access;
using Approvals.Workflows.Activities;
using Approvals.Workflows.Models;
using Approvals.Workflows.Validation;

namespace Approvals.UseCases.Definitions;

/// <summary>
/// Refuses a human task (or its deadline's escalation) that names a role which never sees the task inbox (Applicant,
/// Employer, Administrator): the engine takes any role name, and only the designer's picker offers just the task roles,
/// so a definition imported as JSON or saved through the API is checked here. A role given by an expression is decided
/// at run time and not checked.
/// </summary>
public static class TaskRoleCheck
{
    public static IReadOnlyList<ValidationError> Problems(WorkflowDefinition? definition)
    {
        if (definition is null)
            return [];
        List<ValidationError> problems = [];
        var activities = definition.Root.Activities;
        for (var i = 0; i < activities.Count; i++)
        {
            var activity = activities[i];
            var path = $"$.root.activities[{i}].inputs";
            if (activity.Type == HumanTaskActivity.TypeName)
                Check(activity.Inputs["role"], $"{path}.role", activity, problems);
            if (activity.Inputs["escalation"] is JsonObject escalation)
                Check(escalation["role"], $"{path}.escalation.role", activity, problems);
        }
        return problems;
    }

    private static void Check(JsonNode? role, string path, ActivityModel activity, List<ValidationError> problems)
    {
        if (role is JsonValue value && value.TryGetValue(out string? name) && !string.IsNullOrWhiteSpace(name) && !ApprovalsRoles.TaskRoles.Contains(name))
            problems.Add(new ValidationError(path, Texts.Text(Texts.TaskRoleCheck_RoleDoesNotWorkTasks, activity.Name ?? activity.Id, name, string.Join(", ", ApprovalsRoles.TaskRoles))));
    }
}
