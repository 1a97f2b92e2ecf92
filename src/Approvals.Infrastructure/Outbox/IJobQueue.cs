namespace Approvals.Infrastructure.Outbox;

/// <summary>Hands an outbox message to the job engine, at once or at a due time.</summary>
public interface IJobQueue
{
    void Enqueue(long outboxMessageId, TimeSpan delay);
}
