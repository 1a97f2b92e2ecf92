using Approvals.Workflows.Registry;

namespace Approvals.Infrastructure.Workflows;

/// <summary>The request came too late: the task was already completed, the instance already ended, the draft already published.</summary>
public sealed class WorkflowConflictException(LocalizedText text) : LocalizedException(text);
