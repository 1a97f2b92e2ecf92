namespace Approvals.UseCases.Employers;

/// <summary>
/// The staff members' applicant accounts an employer files for, and the mail that tells them. Infrastructure
/// implements it on ASP.NET Identity's user store and the mail outbox.
/// </summary>
public interface IStaffAccounts
{
    /// <summary>The account with this e-mail, or null when there is none.</summary>
    Task<StaffAccount?> FindAsync(string email, CancellationToken cancellationToken);

    /// <summary>Creates an applicant account, not yet confirmed and without a password, that the invitation mail opens.</summary>
    /// <returns>The new account's user id.</returns>
    Task<string> InviteAsync(string email, string displayName, string culture, CancellationToken cancellationToken);

    /// <summary>
    /// Queues the mail telling the staff member their employer filed <paramref name="mail"/>'s case for them: with a
    /// link to set a password for an invited account, otherwise to the case. Saved with the caller's next save.
    /// </summary>
    Task QueueFilingMailAsync(StaffFilingMail mail, CancellationToken cancellationToken);

    /// <summary>Of these accounts, those whose invitation was not accepted yet (no password set with it), expired or not.</summary>
    Task<IReadOnlySet<string>> AwaitingInvitationAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken);

    /// <summary>
    /// Makes every link the account was sent invalid and queues the invitation again with a new one, in the account's
    /// language. Saved with the caller's next save.
    /// </summary>
    /// <returns>false, and nothing changed, when the account's invitation was accepted already.</returns>
    Task<bool> QueueInvitationAgainAsync(StaffInvitation invitation, CancellationToken cancellationToken);

    /// <summary>Hands the mail queued and committed to the job queue.</summary>
    Task DispatchQueuedAsync(CancellationToken cancellationToken);
}

/// <param name="IsApplicant">Whether it holds the applicant role: only an applicant can own a case.</param>
public sealed record StaffAccount(string UserId, bool IsApplicant);

/// <param name="Invited">Whether the account was made for this filing (the mail then carries the invitation).</param>
public sealed record StaffFilingMail(
    string ApplicationId, string UserId, string Email, string PersonName, string Culture, string EmployerName, Approvals.Text.LocalizedText TypeName, bool Invited);

/// <summary>The invitation sent again for a case an employer filed: what the mail names, and the account it opens.</summary>
public sealed record StaffInvitation(string ApplicationId, string UserId, string Email, string PersonName, string EmployerName, Approvals.Text.LocalizedText TypeName);
