namespace Approvals.Infrastructure.Workflows;

/// <summary>A definition, version, instance or task that does not exist (or is not visible to the caller).</summary>
public sealed class WorkflowNotFoundException(string message) : Exception(message);
