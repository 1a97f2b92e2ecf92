using System.Text.Json.Nodes;
using Approvals.Workflows.Models;
using Approvals.Workflows.Serialization;
using Approvals.Workflows.Validation;
using Microsoft.Extensions.Options;
using Approvals.UseCases.Instances;

namespace Approvals.UseCases.Definitions;

/// <summary>
/// Warns (never refuses) when a definition's human-task due dates add up to more than its statutory limit:
/// the definition's <c>statutoryLimit</c> variable, else the configured limit of its definition id.
/// </summary>
public sealed class StatutoryLimitCheck(IOptionsMonitor<StatutoryLimitOptions> options)
{
    public IReadOnlyList<ValidationError> Warnings(string json) =>
        WorkflowDefinitionJson.TryDeserialize(json) is { } definition ? Warnings(definition) : [];

    public IReadOnlyList<ValidationError> Warnings(WorkflowDefinition definition) =>
        LimitOf(definition) is { } limit ? [.. DueDateBudget.Check(definition, limit)] : [];

    /// <returns>The limit in working days, or null when the procedure has none.</returns>
    public int? LimitOf(WorkflowDefinition definition)
    {
        var variable = definition.Variables.FirstOrDefault(v => v.Name == StatutoryLimitOptions.VariableName)?.Value;
        var text = variable is JsonValue v && v.TryGetValue(out string? s) ? s : null;
        return StatutoryLimitOptions.WorkingDays(text ?? options.CurrentValue.Definitions.GetValueOrDefault(definition.DefinitionId));
    }
}
