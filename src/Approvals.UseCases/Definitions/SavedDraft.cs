using Approvals.UseCases.Records;
using Approvals.Workflows.Validation;

namespace Approvals.UseCases.Definitions;

/// <summary>The draft as saved, and the problems it still has (a draft may be unfinished; publishing it may not).</summary>
public sealed record SavedDraft(WorkflowDefinitionVersion Saved, IReadOnlyList<ValidationError> Problems);
