using Approvals.Core.Applications;
using Approvals.Infrastructure.Persistence;

namespace Approvals.Infrastructure.Metrology.Effects;

internal static class TrackedApplications
{
    /// <summary>The application as tracked by the step's context (loaded once per step), or null when the instance has none.</summary>
    public static async ValueTask<Application?> FindTrackedAsync(this ApprovalsDbContext db, string? applicationId, CancellationToken cancellationToken) =>
        applicationId is null
            ? null
            : db.Applications.Local.FirstOrDefault(a => a.Id == applicationId) ?? await db.Applications.FindAsync([applicationId], cancellationToken);
}
