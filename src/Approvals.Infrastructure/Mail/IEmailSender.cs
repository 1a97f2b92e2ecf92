namespace Approvals.Infrastructure.Mail;

/// <summary>Hands one message to the mail system; throws <see cref="EmailDeliveryException"/> when it cannot.</summary>
public interface IEmailSender
{
    Task SendAsync(OutgoingEmail message, CancellationToken cancellationToken);
}
