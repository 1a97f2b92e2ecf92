using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Outbox;

/// <summary>Rows no job will run any more: the sweeper hands them over again, and readiness names them when the sweeper has not.</summary>
internal static class OutboxStranded
{
    /// <summary>
    /// Committed but never handed over, Processing with its lease run out, as of <paramref name="now"/>; or Scheduled/Retrying
    /// and queued to run before <paramref name="jobLostBefore"/> (job lost, see <see cref="OutboxQueueProgress"/>).
    /// </summary>
    /// <remarks>
    /// One query per kind of stranding, joined by UNION ALL (the kinds are disjoint), each a range on an index that
    /// starts with the status. As one OR, PostgreSQL misjudged it: the millions of sent rows share the dates of the few
    /// waiting ones, so it expected tens of thousands of matches and read the whole outbox in id order (3 s with 2.7M rows).
    /// </remarks>
    public static IQueryable<OutboxMessage> In(IQueryable<OutboxMessage> outbox, DateTimeOffset now, DateTimeOffset jobLostBefore)
    {
        var neverHandedOver = now - TimeSpan.FromSeconds(5);
        var waiting = outbox.Where(o => o.Status == OutboxStatus.Scheduled || o.Status == OutboxStatus.Retrying);
        return outbox.Where(o => o.Status == OutboxStatus.Pending && o.CreatedAt < neverHandedOver)
            .Concat(outbox.Where(o => o.Status == OutboxStatus.Processing && o.LeaseUntil < now))
            .Concat(waiting.Where(o => o.NextAttemptAt < jobLostBefore))
            .Concat(waiting.Where(o => o.NextAttemptAt == null && o.DueAt < jobLostBefore && o.CreatedAt < jobLostBefore))
            .Concat(waiting.Where(o => o.NextAttemptAt == null && o.DueAt == null && o.CreatedAt < jobLostBefore));
    }
}
