namespace Approvals.Workflows.Runtime;

/// <summary>The outcome of one step: the new state, the journal lines it appended and the effects it asks for.</summary>
public sealed record ExecutionResult(
    WorkflowInstanceState State,
    IReadOnlyList<JournalEntry> Journal,
    IReadOnlyList<WorkflowEffect> Effects);
