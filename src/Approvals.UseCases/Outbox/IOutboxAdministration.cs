using Approvals.UseCases.Records;

namespace Approvals.UseCases.Outbox;

/// <summary>What administrators see of the outbox (failed and retrying mail with its error) and how they send a message again.</summary>
public interface IOutboxAdministration
{
    Task<IReadOnlyList<OutboxMessageView>> ListAsync(OutboxStatus? status, int take, CancellationToken cancellationToken);

    /// <summary>Hands a Failed message to the job queue again with a fresh count of attempts.</summary>
    /// <exception cref="Approvals.Text.NotFoundRefusal">no such message.</exception>
    /// <exception cref="Approvals.Text.ConflictRefusal">the message is not Failed (it is queued, being sent or sent).</exception>
    Task<OutboxMessageView> ResendAsync(long id, CancellationToken cancellationToken);
}

/// <summary>
/// An outbox row as the administrator's page lists it; for mail, the addressee and template. A Retrying row shows its
/// last error and when it is tried next; <paramref name="OutcomeUnknown"/> says an attempt may have delivered it (a duplicate is possible).
/// </summary>
public sealed record OutboxMessageView(
    long Id, string Kind, OutboxStatus Status, int Attempts, DateTimeOffset CreatedAt, DateTimeOffset? DueAt,
    DateTimeOffset? CompletedAt, string? LastError, string? CorrelationId, string? To, string? Template,
    DateTimeOffset? NextAttemptAt, bool OutcomeUnknown);
