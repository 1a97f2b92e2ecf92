using Approvals.Infrastructure.Persistence;
using Approvals.UseCases.People;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Infrastructure.Identity;

/// <summary>The colleagues of a district and role, read from the user store in one query.</summary>
public sealed class Colleagues(ApprovalsDbContext db, TimeProvider clock) : IColleagues
{
    public async Task<IReadOnlyList<Colleague>> InAsync(string district, string role, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var rows = await (from user in db.Users.AsNoTracking()
                          join link in db.UserRoles on user.Id equals link.UserId
                          join held in db.Roles on link.RoleId equals held.Id
                          where user.District == district && held.Name == role && user.UserName != null
                          select new { user.UserName, user.DisplayName, user.LockoutEnd })
            .ToListAsync(cancellationToken);
        // LockoutEnd is compared here: SQLite cannot order or compare DateTimeOffset in SQL.
        return rows.Where(r => r.LockoutEnd is null || r.LockoutEnd <= now)
            .Select(r => new Colleague(r.UserName!, string.IsNullOrWhiteSpace(r.DisplayName) ? r.UserName! : r.DisplayName))
            .OrderBy(c => c.DisplayName, StringComparer.Ordinal)
            .ToList();
    }
}
