using Microsoft.EntityFrameworkCore;
using Approvals.UseCases.Records;

namespace Approvals.UseCases.Tasks;

internal static class HumanTaskQueries
{
    public static Task<HumanTaskRecord?> FindByBookmarkAsync(this DbSet<HumanTaskRecord> tasks, string bookmarkId, CancellationToken cancellationToken) =>
        tasks.FirstOrDefaultAsync(t => t.Id == bookmarkId, cancellationToken);
}
