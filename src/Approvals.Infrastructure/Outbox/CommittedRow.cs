using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Outbox;

/// <summary>An outbox row as committed: what handing it to the job queue needs.</summary>
public readonly record struct CommittedRow(long Id, DateTimeOffset? DueAt)
{
    public static List<CommittedRow> Of(IEnumerable<OutboxMessage> committed) => [.. committed.Select(m => new CommittedRow(m.Id, m.DueAt))];
}
