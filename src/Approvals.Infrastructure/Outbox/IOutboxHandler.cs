using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Outbox;

/// <summary>Does the work of one outbox kind (send a mail, fire a timer). Throwing makes the job retry.</summary>
public interface IOutboxHandler
{
    string Kind { get; }

    Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken);
}
