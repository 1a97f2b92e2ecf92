using Approvals.Workflows.Models;
using Approvals.Workflows.Validation;

namespace Approvals.Workflows.Interchange.Elsa;

/// <summary>The definition an Elsa document became, or every part of it that cannot come here, each with its JSON path.</summary>
public sealed record ElsaImportResult(WorkflowDefinition? Definition, IReadOnlyList<ValidationError> Refusals)
{
    public bool Succeeded => Definition is not null;
}
