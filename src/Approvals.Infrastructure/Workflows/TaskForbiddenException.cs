using Approvals.Workflows.Registry;

namespace Approvals.Infrastructure.Workflows;

/// <summary>The caller may read the task but not work it (it is for another role).</summary>
public sealed class TaskForbiddenException(LocalizedText text) : LocalizedException(text);
