using System.Globalization;
using System.Net;
using Approvals.Infrastructure.Identity;
using Approvals.Infrastructure.Mail;
using Microsoft.Extensions.Localization;
using Approvals.Web.Localization;

namespace Approvals.Web.Identity;

/// <summary>Identity's account mail (confirmation, password reset) through the project's mail sender, in the user's language.</summary>
internal sealed class IdentityEmailSender(IEmailSender sender, IStringLocalizerFactory localizers) : Microsoft.AspNetCore.Identity.IEmailSender<ApprovalsUser>
{
    public Task SendConfirmationLinkAsync(ApprovalsUser user, string email, string confirmationLink) =>
        SendAsync(user, email, "Mail_ConfirmSubject", "Mail_ConfirmBody", confirmationLink);

    public Task SendPasswordResetLinkAsync(ApprovalsUser user, string email, string resetLink) =>
        SendAsync(user, email, "Mail_ResetSubject", "Mail_ResetBody", resetLink);

    public Task SendPasswordResetCodeAsync(ApprovalsUser user, string email, string resetCode) =>
        SendAsync(user, email, "Mail_ResetSubject", "Mail_ResetCodeBody", resetCode);

    private Task SendAsync(ApprovalsUser user, string email, string subjectKey, string bodyKey, string linkOrCode)
    {
        var culture = CultureInfo.GetCultureInfo(user.PreferredCulture);
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            var text = localizers.Create(typeof(SharedResource));
            var subject = text[subjectKey].Value;
            var body = string.Format(culture, text[bodyKey].Value, user.DisplayName, linkOrCode);
            var html = $"<p>{WebUtility.HtmlEncode(string.Format(culture, text[bodyKey].Value, user.DisplayName, ""))}</p>"
                + (linkOrCode.StartsWith("http", StringComparison.Ordinal)
                    ? $"<p><a href=\"{WebUtility.HtmlEncode(linkOrCode)}\">{WebUtility.HtmlEncode(linkOrCode)}</a></p>"
                    : $"<p><strong>{WebUtility.HtmlEncode(linkOrCode)}</strong></p>");
            return sender.SendAsync(new OutgoingEmail([new EmailRecipient(email, user.DisplayName)], subject, html, body, culture), CancellationToken.None);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
