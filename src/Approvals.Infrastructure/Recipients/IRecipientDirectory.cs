namespace Approvals.Infrastructure.Recipients;

/// <summary>
/// Who receives reminders, escalations and digests. Identity owns the users; until it provides an
/// implementation over its user store, <see cref="ConfiguredRecipientDirectory"/> reads them from settings.
/// </summary>
public interface IRecipientDirectory
{
    /// <summary>The user with this user name (a task's assignee), or null when unknown or without an address.</summary>
    Task<MailRecipient?> FindUserAsync(string userName, CancellationToken cancellationToken);

    /// <summary>Members of a role; with a district, only those of that district.</summary>
    Task<IReadOnlyList<MailRecipient>> MembersAsync(string role, string? district, CancellationToken cancellationToken);
}

/// <summary>An address and the language (zh-CN or en) the person reads their mail in.</summary>
public sealed record MailRecipient(string UserName, string Address, string? DisplayName, string Culture);
