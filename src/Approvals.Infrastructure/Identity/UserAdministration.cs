using Approvals.Core.Districts;
using Approvals.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Approvals.Core.Access;
using Approvals.UseCases.People;

namespace Approvals.Infrastructure.Identity;

/// <summary>Administration of accounts (<see cref="IUserAdministration"/>) on ASP.NET Identity's user store.</summary>
public sealed class UserAdministration(ApprovalsDbContext db, UserManager<ApprovalsUser> users, DistrictDirectory districts) : IUserAdministration
{
    public async Task<IReadOnlyList<UserRow>> ListAsync(CancellationToken cancellationToken)
    {
        var roleNames = await db.Roles.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Name ?? "", cancellationToken);
        var userRoles = await db.UserRoles.AsNoTracking().ToListAsync(cancellationToken);
        var accounts = await db.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(cancellationToken);
        return accounts.Select(u => new UserRow(u.Id, u.Email ?? "", u.DisplayName, u.District,
            userRoles.Where(r => r.UserId == u.Id).Select(r => roleNames[r.RoleId]).Order().ToList(), u.EmailConfirmed, u.LockoutEnd)).ToList();
    }

    /// <returns>The problems, empty when saved.</returns>
    public async Task<IReadOnlyList<string>> SaveAsync(string userId, IReadOnlyCollection<string> roles, string? district)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
            return ["NotFound"];
        var staff = roles.Contains(ApprovalsRoles.Reviewer) || roles.Contains(ApprovalsRoles.Regulator);
        if (staff && !StaffDistricts.IsValid(district, districts))
            return ["DistrictRequired"];
        var newDistrict = staff ? district : null;
        var current = await users.GetRolesAsync(user);
        var removed = current.Except(roles).ToList();
        var added = roles.Except(current).Where(ApprovalsRoles.All.Contains).ToList();
        if (newDistrict == user.District && removed.Count == 0 && added.Count == 0)
            return [];
        user.District = newDistrict;
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded)
            return updated.Errors.Select(e => e.Description).ToList();
        await users.RemoveFromRolesAsync(user, removed);
        await users.AddToRolesAsync(user, added);
        // Identity renews the stamp for a password change, not for roles or claims: without this, tokens and
        // open pages would keep the old roles and district until they expire.
        await users.UpdateSecurityStampAsync(user);
        return [];
    }

    /// <summary>Locks the account until an administrator unlocks it; its sign-ins end within the revalidation interval.</summary>
    public async Task LockAsync(string userId)
    {
        if (await users.FindByIdAsync(userId) is { } user)
        {
            await users.SetLockoutEnabledAsync(user, true);
            await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
            await users.UpdateSecurityStampAsync(user);
        }
    }

    /// <summary>Ends a lockout now (after too many failed sign-ins, or an administrator's lock).</summary>
    public async Task UnlockAsync(string userId)
    {
        if (await users.FindByIdAsync(userId) is { } user)
        {
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
        }
    }

    /// <summary>Creates a staff account with a first password the person changes through "forgot password".</summary>
    public async Task<IReadOnlyList<string>> CreateStaffAsync(string email, string displayName, string role, string? district, string password)
    {
        var user = new ApprovalsUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
            return created.Errors.Select(e => e.Description).ToList();
        return await SaveAsync(user.Id, [role], district);
    }
}
