using Approvals.Infrastructure.Persistence;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Outbox;

internal static class OutboxWriter
{
    public static OutboxMessage Add(ApprovalsDbContext db, string kind, string payloadJson, string? correlationId, DateTimeOffset now, DateTimeOffset? dueAt)
    {
        var message = new OutboxMessage
        {
            Kind = kind,
            PayloadJson = payloadJson,
            Status = OutboxStatus.Pending,
            CreatedAt = now,
            DueAt = dueAt,
            CorrelationId = correlationId,
        };
        db.Outbox.Add(message);
        return message;
    }
}
