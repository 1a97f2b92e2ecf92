using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Approvals.Core.Access;
using Approvals.Infrastructure.Links;
using Approvals.Infrastructure.Mail;
using Approvals.Infrastructure.Recipients;
using Approvals.UseCases.Employers;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace Approvals.Infrastructure.Identity;

/// <summary>
/// The applicant accounts an employer files for (<see cref="IStaffAccounts"/>) on ASP.NET Identity's user store, and the
/// <c>staff-filing</c> mail through the outbox: an invited account's mail carries a link that sets its password and
/// confirms its address (<c>account/accept-invitation</c>), an existing account's a link to the case.
/// </summary>
public sealed class StaffAccounts(UserManager<ApprovalsUser> users, TemplatedMailOutbox outbox, PublicLinks links) : IStaffAccounts
{
    public const string Template = "staff-filing";

    public async Task<StaffAccount?> FindAsync(string email, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(email);
        return user is null ? null : new StaffAccount(user.Id, await users.IsInRoleAsync(user, ApprovalsRoles.Applicant));
    }

    public async Task<string> InviteAsync(string email, string displayName, string culture, CancellationToken cancellationToken)
    {
        var user = new ApprovalsUser { UserName = email, Email = email, DisplayName = displayName, PreferredCulture = culture };
        Check(await users.CreateAsync(user), email);
        Check(await users.AddToRoleAsync(user, ApprovalsRoles.Applicant), email);
        return user.Id;
    }

    public async Task QueueFilingMailAsync(StaffFilingMail mail, CancellationToken cancellationToken)
    {
        var model = new JsonObject
        {
            ["employer"] = new JsonObject { ["name"] = mail.EmployerName },
            ["application"] = new JsonObject { ["type"] = mail.TypeName.For(mail.Culture) },
            ["invited"] = mail.Invited,
            // The mail gains case.url, the link to the application, from it (EmailOutboxHandler).
            ["applicationId"] = mail.ApplicationId,
        };
        if (mail.Invited)
            model["link"] = await InvitationLinkAsync(mail.UserId);
        var to = new MailRecipient(mail.Email, mail.Email, mail.PersonName, mail.Culture);
        await outbox.AddOnceAsync($"staff-filing:{mail.ApplicationId}", to, Template, model, mail.ApplicationId, cancellationToken);
    }

    public Task DispatchQueuedAsync(CancellationToken cancellationToken) => outbox.SaveAndDispatchAsync(cancellationToken);

    private async Task<string> InvitationLinkAsync(string userId)
    {
        var user = await users.FindByIdAsync(userId) ?? throw new InvalidOperationException($"The invited account {userId} is gone.");
        var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync(user)));
        var query = QueryHelpers.AddQueryString(links.To("account/accept-invitation").AbsoluteUri,
            new Dictionary<string, string?> { ["userId"] = userId, ["code"] = code });
        return query;
    }

    private static void Check(IdentityResult result, string email)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"Inviting {email} failed: {string.Join("; ", result.Errors.Select(e => e.Description))}"));
    }
}
