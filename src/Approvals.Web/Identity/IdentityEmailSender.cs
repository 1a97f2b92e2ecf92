using System.Globalization;
using System.Text.Json.Nodes;
using Approvals.Infrastructure.Identity;
using Approvals.Infrastructure.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Approvals.Web.Identity;

/// <summary>
/// Identity's account mail (confirmation, password reset) through the project's mail sender, rendered from
/// the shipped templates <c>confirm-email</c> and <c>reset-password</c> in the user's language.
/// </summary>
internal sealed class IdentityEmailSender(Infrastructure.Mail.IEmailSender sender, IOptions<DataProtectionTokenProviderOptions> tokens)
    : IEmailSender<ApprovalsUser>
{
    public Task SendConfirmationLinkAsync(ApprovalsUser user, string email, string confirmationLink) =>
        SendAsync(user, email, "confirm-email", new JsonObject { ["link"] = confirmationLink });

    public Task SendPasswordResetLinkAsync(ApprovalsUser user, string email, string resetLink) =>
        SendAsync(user, email, "reset-password", new JsonObject
        {
            ["link"] = resetLink,
            ["expiresInMinutes"] = (int)tokens.Value.TokenLifespan.TotalMinutes,
        });

    // The pages send links, never bare codes; a code goes out in the same template in place of the link.
    public Task SendPasswordResetCodeAsync(ApprovalsUser user, string email, string resetCode) =>
        SendPasswordResetLinkAsync(user, email, resetCode);

    private Task SendAsync(ApprovalsUser user, string email, string template, JsonObject model)
    {
        model["user"] = new JsonObject { ["name"] = user.DisplayName };
        var mail = MailTemplates.Render(template, user.PreferredCulture, model);
        return sender.SendAsync(
            new OutgoingEmail([new EmailRecipient(email, user.DisplayName)], mail.Subject, mail.Html, mail.Text, CultureInfo.GetCultureInfo(mail.Culture)),
            CancellationToken.None);
    }
}
