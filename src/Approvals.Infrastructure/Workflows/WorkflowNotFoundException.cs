using Approvals.Workflows.Registry;

namespace Approvals.Infrastructure.Workflows;

/// <summary>A definition, version, instance or task that does not exist (or is not visible to the caller).</summary>
public sealed class WorkflowNotFoundException(LocalizedText text) : LocalizedException(text);
