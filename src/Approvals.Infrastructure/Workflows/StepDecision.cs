namespace Approvals.Infrastructure.Workflows;

/// <summary>How a task was decided and by whom.</summary>
public sealed record StepDecision(string? Outcome, string? CompletedBy);
