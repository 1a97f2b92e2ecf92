using Approvals.Infrastructure.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Infrastructure.Workflows;

internal static class HumanTaskQueries
{
    public static Task<HumanTaskRecord?> FindByBookmarkAsync(this DbSet<HumanTaskRecord> tasks, string bookmarkId, CancellationToken cancellationToken) =>
        tasks.FirstOrDefaultAsync(t => t.Id == bookmarkId, cancellationToken);
}
