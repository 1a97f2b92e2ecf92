using Approvals.Core.Access;
using Approvals.Core.Applications;
using Approvals.UseCases.Cases;
using Approvals.UseCases.Data;
using Microsoft.EntityFrameworkCore;

namespace Approvals.UseCases.Registry;

/// <summary>
/// The submitted cases among <c>cases</c> that the reader's district decides (the committee: all), as the instance
/// and task queries scope them: the registry is shared across the zone, the cases are not.
/// </summary>
internal static class RegistryCases
{
    public static async Task<IReadOnlyList<RegistryCaseView>> VisibleAsync(IApprovalsDbContext db, Caller caller, IQueryable<Application> cases, CancellationToken cancellationToken)
    {
        var district = caller.VisibleDistrict;
        var visible = await cases.AsNoTracking()
            .Where(a => a.CaseNumber != null && (district == null || a.DistrictCode == district))
            .OrderByDescending(a => a.SubmittedAt).Take(100).ToListAsync(cancellationToken);
        var instanceIds = visible.Where(a => a.InstanceId != null).Select(a => a.InstanceId!).ToList();
        var tasks = await db.HumanTasks.AsNoTracking()
            .Where(t => instanceIds.Contains(t.InstanceId) && (district == null || t.District == district))
            .Select(t => new { t.Id, t.InstanceId, t.CreatedAt }).ToListAsync(cancellationToken);
        var latestTask = tasks.GroupBy(t => t.InstanceId).ToDictionary(g => g.Key, g => g.OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id).First().Id);
        return
        [
            .. visible.Select(a =>
            {
                var summary = a.Summary();
                return new RegistryCaseView(a.Id, a.CaseNumber, a.Type, a.Status, summary.StatusText, a.DistrictCode, a.PersonName, a.SubmittedAt,
                    a.InstanceId, a.InstanceId is { } instance && latestTask.TryGetValue(instance, out var task) ? task : null);
            }),
        ];
    }
}
