namespace Approvals.Infrastructure.Outbox;

public static class OutboxKinds
{
    public const string Email = "Email";

    /// <summary>Resume a Timer bookmark at its due time.</summary>
    public const string Timer = "Timer";

    /// <summary>Remind whoever holds a bookmark with a time limit, unless it closed first.</summary>
    public const string Reminder = "Reminder";

    /// <summary>Carry out a bookmark's escalation at its due time, unless it closed first.</summary>
    public const string Escalation = "Escalation";
}
