namespace Approvals.Infrastructure.Mail;

/// <summary>A message could not be handed over; the caller decides whether and when to try again.</summary>
public sealed class EmailDeliveryException(string message, Exception innerException) : Exception(message, innerException);
