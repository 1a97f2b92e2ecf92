using Approvals.Workflows.Models;
using Approvals.Workflows.Registry;
using Approvals.Workflows.Serialization;
using Approvals.Workflows.Validation;

namespace Approvals.UseCases.Definitions;

/// <summary>
/// What the designer and the validate API show beside a definition's problems without blocking its publication:
/// due dates beyond the statutory limit, and literal inputs that read like expressions.
/// </summary>
public sealed class DefinitionWarnings(StatutoryLimitCheck statutoryLimit, ActivityRegistry registry)
{
    public IReadOnlyList<ValidationError> Of(string json) =>
        WorkflowDefinitionJson.TryDeserialize(json) is { } definition ? Of(definition) : [];

    public IReadOnlyList<ValidationError> Of(WorkflowDefinition definition) =>
        [.. statutoryLimit.Warnings(definition), .. LiteralLookalikes.Check(definition, registry)];
}
