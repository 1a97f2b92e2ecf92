using Approvals.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.Infrastructure.Recipients;

/// <summary>
/// Recipients are the platform's users (their address, display name and language), plus any extra mailboxes
/// listed in the "Recipients" settings (e.g. a bureau's shared address). Only confirmed addresses get mail.
/// </summary>
public sealed class IdentityRecipientDirectory(IServiceScopeFactory scopes, ConfiguredRecipientDirectory configured) : IRecipientDirectory
{
    public async Task<MailRecipient?> FindUserAsync(string userName, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApprovalsDbContext>();
        var user = await db.Users.AsNoTracking()
            .Where(u => u.UserName == userName && u.Email != null && u.EmailConfirmed)
            .Select(u => new MailRecipient(u.UserName!, u.Email!, u.DisplayName, u.PreferredCulture))
            .FirstOrDefaultAsync(cancellationToken);
        return user ?? await configured.FindUserAsync(userName, cancellationToken);
    }

    public async Task<IReadOnlyList<MailRecipient>> MembersAsync(string role, string? district, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApprovalsDbContext>();
        var users = await (
            from user in db.Users.AsNoTracking()
            join membership in db.UserRoles on user.Id equals membership.UserId
            join granted in db.Roles on membership.RoleId equals granted.Id
            where granted.Name == role && user.Email != null && user.EmailConfirmed
                && (district == null || user.District == district)
            select new MailRecipient(user.UserName!, user.Email!, user.DisplayName, user.PreferredCulture))
            .ToListAsync(cancellationToken);
        var extra = await configured.MembersAsync(role, district, cancellationToken);
        return users.Concat(extra).DistinctBy(r => r.Address, StringComparer.OrdinalIgnoreCase).ToList();
    }
}
