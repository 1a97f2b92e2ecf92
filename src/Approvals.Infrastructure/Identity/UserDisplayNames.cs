using Approvals.Infrastructure.Persistence;
using Approvals.UseCases.People;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Infrastructure.Identity;

/// <summary>The display names read from the user store.</summary>
public sealed class UserDisplayNames(ApprovalsDbContext db) : IUserDisplayNames
{
    public async Task<IReadOnlyDictionary<string, string>> ForAsync(IEnumerable<string?> userNamesOrIds, CancellationToken cancellationToken)
    {
        var keys = userNamesOrIds.OfType<string>().Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (keys.Count == 0)
            return new Dictionary<string, string>(StringComparer.Ordinal);
        var users = await db.Users.AsNoTracking()
            .Where(u => keys.Contains(u.UserName!) || keys.Contains(u.Id))
            .Select(u => new { u.Id, u.UserName, u.DisplayName })
            .ToListAsync(cancellationToken);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var user in users.Where(u => !string.IsNullOrWhiteSpace(u.DisplayName)))
        {
            names[user.Id] = user.DisplayName;
            if (user.UserName is not null)
                names[user.UserName] = user.DisplayName;
        }
        return names;
    }
}
