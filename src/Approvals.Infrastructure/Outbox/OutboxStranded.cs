using System.Linq.Expressions;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Outbox;

/// <summary>Rows no job will run any more: the sweeper hands them over again, and readiness names them when the sweeper has not.</summary>
internal static class OutboxStranded
{
    /// <summary>Committed but never handed over, Processing with its lease run out, or Scheduled/Retrying well past due (job lost), as of <paramref name="now"/>.</summary>
    public static Expression<Func<OutboxMessage, bool>> At(DateTimeOffset now, TimeSpan lostJobAfter)
    {
        var neverHandedOver = now - TimeSpan.FromSeconds(5);
        var jobLost = now - lostJobAfter;
        return o => (o.Status == OutboxStatus.Pending && o.CreatedAt < neverHandedOver)
            || (o.Status == OutboxStatus.Processing && o.LeaseUntil < now)
            || ((o.Status == OutboxStatus.Scheduled || o.Status == OutboxStatus.Retrying)
                && (o.NextAttemptAt < jobLost || (o.NextAttemptAt == null && o.CreatedAt < jobLost && (o.DueAt == null || o.DueAt < jobLost))));
    }
}
