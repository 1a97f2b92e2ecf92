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
using Microsoft.EntityFrameworkCore;

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
        var model = Model(mail.EmployerName, mail.TypeName.For(mail.Culture), mail.Invited, mail.ApplicationId);
        if (mail.Invited)
            model["link"] = await InvitationLinkAsync(mail.UserId);
        var to = new MailRecipient(mail.Email, mail.Email, mail.PersonName, mail.Culture);
        await outbox.AddOnceAsync($"staff-filing:{mail.ApplicationId}", to, Template, model, mail.ApplicationId, cancellationToken);
    }

    public async Task<IReadOnlySet<string>> AwaitingInvitationAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken) =>
        (await users.Users.Where(u => userIds.Contains(u.Id) && u.PasswordHash == null).Select(u => u.Id).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);

    public async Task<bool> QueueInvitationAgainAsync(StaffInvitation invitation, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(invitation.UserId) is not { } user || await users.HasPasswordAsync(user))
            return false;
        // Password-reset tokens carry the security stamp: a new stamp makes every link sent before it invalid.
        Check(await users.UpdateSecurityStampAsync(user), invitation.Email);
        var culture = user.PreferredCulture;
        var model = Model(invitation.EmployerName, invitation.TypeName.For(culture), invited: true, invitation.ApplicationId);
        model["link"] = await InvitationLinkAsync(user.Id);
        var to = new MailRecipient(invitation.Email, invitation.Email, invitation.PersonName, culture);
        await outbox.AddOnceAsync($"staff-invitation:{invitation.ApplicationId}:{user.SecurityStamp}", to, Template, model, invitation.ApplicationId, cancellationToken);
        return true;
    }

    public Task DispatchQueuedAsync(CancellationToken cancellationToken) => outbox.SaveAndDispatchAsync(cancellationToken);

    private static JsonObject Model(string employerName, string typeName, bool invited, string applicationId) => new()
    {
        ["employer"] = new JsonObject { ["name"] = employerName },
        ["application"] = new JsonObject { ["type"] = typeName },
        ["invited"] = invited,
        // The mail gains case.url, the link to the application, from it (EmailOutboxHandler).
        ["applicationId"] = applicationId,
    };

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
