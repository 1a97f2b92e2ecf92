using System.Text.Json.Nodes;
using Approvals.Infrastructure.Persistence;
using Approvals.Infrastructure.Workflows;
using Microsoft.EntityFrameworkCore;
using Approvals.Text;
using Approvals.UseCases.Outbox;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Outbox;

/// <summary>The outbox administration over the database and the job queue (a Failed message goes back through the dispatcher).</summary>
public sealed class OutboxAdministration(ApprovalsDbContext db, OutboxDispatcher dispatcher) : IOutboxAdministration
{
    public async Task<IReadOnlyList<OutboxMessageView>> ListAsync(OutboxStatus? status, int take, CancellationToken cancellationToken)
    {
        var query = db.Outbox.AsNoTracking();
        if (status is not null)
            query = query.Where(o => o.Status == status);
        var rows = await query.OrderByDescending(o => o.Id).Take(Math.Clamp(take, 1, 500)).ToListAsync(cancellationToken);
        return rows.Select(View).ToList();
    }

    public async Task<OutboxMessageView> ResendAsync(long id, CancellationToken cancellationToken)
    {
        // Only a Failed row may go back, so two administrators pressing Resend queue it once.
        var reset = await db.Outbox.Where(o => o.Id == id && o.Status == OutboxStatus.Failed)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, OutboxStatus.Pending).SetProperty(o => o.Attempts, 0).SetProperty(o => o.NextAttemptAt, (DateTimeOffset?)null), cancellationToken);
        var message = await db.Outbox.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken)
            ?? throw new NotFoundRefusal(Texts.Text(Texts.OutboxAdministration_ThereIsNoOutboxMessage, id));
        if (reset == 0)
            throw new ConflictRefusal(Texts.Text(Texts.OutboxAdministration_OutboxMessageIsNotFailedOnly, id, message.Status));
        await dispatcher.DispatchAsync(db, id, dueAt: null, cancellationToken);
        return View(message);
    }

    private static OutboxMessageView View(OutboxMessage m)
    {
        var payload = m.Kind == OutboxKinds.Email ? JsonNode.Parse(m.PayloadJson) : null;
        return new OutboxMessageView(m.Id, m.Kind, m.Status, m.Attempts, m.CreatedAt, m.DueAt, m.CompletedAt, m.LastError, m.CorrelationId,
            payload?["to"]?.GetValue<string>(), payload?["template"]?.GetValue<string>(), m.NextAttemptAt, m.OutcomeUnknown);
    }
}
