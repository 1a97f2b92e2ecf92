using System.Text.Json.Nodes;
using Approvals.Infrastructure.Persistence;
using Approvals.Infrastructure.Workflows;
using Microsoft.EntityFrameworkCore;
using Approvals.Text;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Outbox;

/// <summary>What administrators see of the outbox (failed mail with its error) and how they send a message again.</summary>
public sealed class OutboxAdministration(ApprovalsDbContext db, OutboxDispatcher dispatcher)
{
    public async Task<IReadOnlyList<OutboxMessageView>> ListAsync(OutboxStatus? status, int take, CancellationToken cancellationToken)
    {
        var query = db.Outbox.AsNoTracking();
        if (status is not null)
            query = query.Where(o => o.Status == status);
        var rows = await query.OrderByDescending(o => o.Id).Take(Math.Clamp(take, 1, 500)).ToListAsync(cancellationToken);
        return rows.Select(OutboxMessageView.From).ToList();
    }

    /// <summary>Hands a Failed message to the job queue again with a fresh count of attempts.</summary>
    /// <exception cref="NotFoundRefusal">no such message.</exception>
    /// <exception cref="ConflictRefusal">the message is not Failed (it is queued, being sent or sent).</exception>
    public async Task<OutboxMessageView> ResendAsync(long id, CancellationToken cancellationToken)
    {
        // Only a Failed row may go back, so two administrators pressing Resend queue it once.
        var reset = await db.Outbox.Where(o => o.Id == id && o.Status == OutboxStatus.Failed)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, OutboxStatus.Pending).SetProperty(o => o.Attempts, 0), cancellationToken);
        var message = await db.Outbox.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken)
            ?? throw new NotFoundRefusal(Texts.Text(Texts.OutboxAdministration_ThereIsNoOutboxMessage, id));
        if (reset == 0)
            throw new ConflictRefusal(Texts.Text(Texts.OutboxAdministration_OutboxMessageIsNotFailedOnly, id, message.Status));
        await dispatcher.DispatchAsync(db, id, dueAt: null, cancellationToken);
        return OutboxMessageView.From(message);
    }
}

/// <summary>An outbox row as the administrator's page lists it; for mail, the addressee and template.</summary>
public sealed record OutboxMessageView(
    long Id, string Kind, OutboxStatus Status, int Attempts, DateTimeOffset CreatedAt, DateTimeOffset? DueAt,
    DateTimeOffset? CompletedAt, string? LastError, string? CorrelationId, string? To, string? Template)
{
    public static OutboxMessageView From(OutboxMessage m)
    {
        var payload = m.Kind == OutboxKinds.Email ? JsonNode.Parse(m.PayloadJson) : null;
        return new OutboxMessageView(m.Id, m.Kind, m.Status, m.Attempts, m.CreatedAt, m.DueAt, m.CompletedAt, m.LastError, m.CorrelationId,
            payload?["to"]?.GetValue<string>(), payload?["template"]?.GetValue<string>());
    }
}
