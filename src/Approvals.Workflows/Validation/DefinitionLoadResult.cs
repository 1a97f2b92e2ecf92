using Approvals.Workflows.Models;

namespace Approvals.Workflows.Validation;

/// <summary>A parsed definition (null when the JSON itself is malformed) and every problem found in it.</summary>
public sealed record DefinitionLoadResult(WorkflowDefinition? Definition, IReadOnlyList<ValidationError> Errors)
{
    public bool IsValid => Definition is not null && Errors.Count == 0;
}
