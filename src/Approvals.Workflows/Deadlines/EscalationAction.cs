namespace Approvals.Workflows.Deadlines;

/// <summary>What happens when a time limit passes with its bookmark still open.</summary>
public enum EscalationAction
{
    /// <summary>Mail the members of a role (in the bookmark's district); the bookmark stays as it is.</summary>
    NotifyRole,

    /// <summary>Give the task to a role instead (unclaimed) and mail its members.</summary>
    ReassignToRole,

    /// <summary>Resume the bookmark through an outcome port (by default "Overdue") that the activity declares.</summary>
    TakeOutcome,
}
