using Approvals.Workflows.Runtime;

namespace Approvals.Workflows.Contracts;

/// <summary>Turns a duration into a due instant; the host replaces the default with the working-day calendar.</summary>
public interface IDueDateCalculator
{
    DateTimeOffset DueAt(DateTimeOffset from, WorkflowDuration duration);
}
