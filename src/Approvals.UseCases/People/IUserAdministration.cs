namespace Approvals.UseCases.People;

/// <summary>
/// What an administrator changes on an account: roles and district (staff belong to one, or to the committee), a lock,
/// and new staff accounts. Infrastructure implements it on ASP.NET Identity's user store.
/// </summary>
public interface IUserAdministration
{
    Task<IReadOnlyList<UserRow>> ListAsync(CancellationToken cancellationToken);

    /// <returns>The problems, empty when saved: <c>NotFound</c>, <c>DistrictRequired</c>, or the store's descriptions.</returns>
    Task<IReadOnlyList<string>> SaveAsync(string userId, IReadOnlyCollection<string> roles, string? district);

    /// <summary>Locks the account until an administrator unlocks it; its sign-ins end within the revalidation interval.</summary>
    Task LockAsync(string userId);

    /// <summary>Ends a lockout now (after too many failed sign-ins, or an administrator's lock).</summary>
    Task UnlockAsync(string userId);

    /// <summary>Creates a staff account with a first password the person changes through "forgot password".</summary>
    /// <returns>The problems, empty when created.</returns>
    Task<IReadOnlyList<string>> CreateStaffAsync(string email, string displayName, string role, string? district, string password);
}

/// <summary>One account as the administrator sees it.</summary>
public sealed record UserRow(string Id, string Email, string DisplayName, string? District, IReadOnlyList<string> Roles, bool EmailConfirmed, DateTimeOffset? LockoutEnd);
