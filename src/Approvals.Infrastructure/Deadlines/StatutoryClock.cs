using System.Text.Json.Nodes;
using Approvals.Infrastructure.Calendar;
using Approvals.Infrastructure.Persistence;
using Approvals.Infrastructure.Workflows;
using Approvals.Text;
using Approvals.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Approvals.Core.Access;
using Approvals.UseCases.Instances;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Deadlines;

/// <summary>
/// The statutory clock of an application (a workflow instance): its limit from settings or the definition's
/// <c>statutoryLimit</c> variable, minus the working days used outside clock stops. Reviewers and applicants
/// read it through <c>GET /api/workflow-instances/{id}</c>.
/// </summary>
public sealed class StatutoryClock(ApprovalsDbContext db, StatutoryClockReading reading) : IStatutoryClock
{
    /// <returns>null when the instance's definition has no statutory limit.</returns>
    /// <exception cref="NotFoundRefusal">no such instance, or one of another district (the same answer).</exception>
    public async Task<StatutoryClockView?> GetAsync(string instanceId, Caller scope, CancellationToken cancellationToken)
    {
        var instance = await new WorkflowQueries(db).VisibleInstances(scope).FirstOrDefaultAsync(i => i.Id == instanceId, cancellationToken)
            ?? throw WorkflowRefusals.NoInstance(instanceId);
        var extension = await db.StatutoryExtensions.AsNoTracking().FirstOrDefaultAsync(e => e.InstanceId == instanceId, cancellationToken);
        return await ForAsync(instance, extension, cancellationToken);
    }

    /// <summary>The clock of an instance already admitted, as it stands with <paramref name="extension"/> (saved or about to be).</summary>
    internal Task<StatutoryClockView?> ForAsync(WorkflowInstanceRecord instance, StatutoryExtensionRecord? extension, CancellationToken cancellationToken) =>
        reading.ReadAsync(db, instance, extension, cancellationToken);
}
