using Approvals.Core.Applications;
using Approvals.Infrastructure.Persistence;
using Approvals.Workflows.Runtime;

namespace Approvals.Infrastructure.Metrology.Effects;

internal static class TrackedApplications
{
    /// <summary>The application as tracked by the step's context (loaded once per step), or null when the instance has none.</summary>
    public static async ValueTask<Application?> FindTrackedAsync(this ApprovalsDbContext db, string? applicationId, CancellationToken cancellationToken) =>
        applicationId is null
            ? null
            : db.Applications.Local.FirstOrDefault(a => a.Id == applicationId) ?? await db.Applications.FindAsync([applicationId], cancellationToken);

    /// <summary>
    /// The application a domain effect of <paramref name="instance"/> changes. The domain activities fault before
    /// they emit an effect for a case whose procedure the instance is not, so reaching one here is a bug: the
    /// step fails and nothing of it is saved.
    /// </summary>
    public static async ValueTask<Application> CaseDrivenByAsync(this ApprovalsDbContext db, string applicationId, WorkflowInstanceState instance, CancellationToken cancellationToken)
    {
        var application = await db.FindTrackedAsync(applicationId, cancellationToken)
            ?? throw new InvalidOperationException($"There is no application '{applicationId}' for instance '{instance.Id}' to act on.");
        return application.IsDrivenBy(instance.Id)
            ? application
            : throw new InvalidOperationException($"Instance '{instance.Id}' is not the procedure of application '{applicationId}' and may not change it.");
    }
}
