namespace Approvals.Infrastructure.Outbox;

public static class OutboxKinds
{
    public const string Email = "Email";

    /// <summary>Resume a Timer bookmark at its due time.</summary>
    public const string Timer = "Timer";
}
