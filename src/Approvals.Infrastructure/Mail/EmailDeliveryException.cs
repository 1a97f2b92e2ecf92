using Approvals.Infrastructure.Outbox;

namespace Approvals.Infrastructure.Mail;

/// <summary>A message could not be handed over; the caller decides whether and when to try again.</summary>
/// <param name="outcomeUnknown">The connection failed after the message was being handed over: the server may have accepted it.</param>
public sealed class EmailDeliveryException(string message, Exception innerException, bool outcomeUnknown = false) : Exception(message, innerException), IUncertainOutcome
{
    public bool OutcomeUnknown { get; } = outcomeUnknown;
}
