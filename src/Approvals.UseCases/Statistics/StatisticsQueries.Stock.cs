using Approvals.Core.Applications;
using Approvals.Core.Registry;
using Approvals.UseCases.Records;
using Microsoft.EntityFrameworkCore;

namespace Approvals.UseCases.Statistics;

public sealed partial class StatisticsQueries
{
    private async Task<IReadOnlyList<OpenCases>> OpenCasesAsync(List<string> scope, StatisticsPeriod period, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ages = new CaseAges(now);
        var (upTo5, from6To20) = (Counted(CaseFigure.OpenUpTo5Days, ages), Counted(CaseFigure.OpenFrom6To20Days, ages));
        var (from21To60, over60) = (Counted(CaseFigure.OpenFrom21To60Days, ages), Counted(CaseFigure.OpenOver60Days, ages));
        var rows = await Among(CaseFigure.Open, scope, period, now).Where(Counted(CaseFigure.Open, ages))
            .GroupBy(a => new { a.DistrictCode, a.Status })
            .Select(g => new OpenCases(
                g.Key.DistrictCode!, g.Key.Status,
                g.AsQueryable().Count(upTo5),
                g.AsQueryable().Count(from6To20),
                g.AsQueryable().Count(from21To60),
                g.AsQueryable().Count(over60)))
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => scope.IndexOf(r.District)).ThenBy(r => r.Status)];
    }

    private IQueryable<Application> StillOpen(List<string> scope) =>
        Cases(scope).Where(a => OpenStatuses.Contains(a.Status) && a.SubmittedAt != null);

    /// <summary>
    /// Open tasks past due, and open cases past their statutory limit as the instance's clock stands
    /// (<see cref="WorkflowInstanceRecord.StatutoryDueAt"/>: clock stops and an extension already counted; a case the
    /// applicant holds for corrections has no due date and is not overdue).
    /// </summary>
    private async Task<IReadOnlyList<OverdueWork>> OverdueAsync(List<string> scope, StatisticsPeriod period, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var tasks = await OverdueTasks(scope, now)
            .GroupBy(t => t.District!).Select(g => new { District = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.District, x => x.Count, cancellationToken);
        var cases = await Among(CaseFigure.Overdue, scope, period, now)
            .GroupBy(a => a.DistrictCode!).Select(g => new { District = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.District, x => x.Count, cancellationToken);
        return [.. scope.Select(d => new OverdueWork(d, tasks.GetValueOrDefault(d), cases.GetValueOrDefault(d)))];
    }

    private IQueryable<HumanTaskRecord> OverdueTasks(List<string> scope, DateTimeOffset now) =>
        db.HumanTasks.AsNoTracking()
            .Where(t => t.Status == HumanTaskStatus.Open && t.DueAt != null && t.DueAt < now && t.District != null && scope.Contains(t.District));

    private IQueryable<Application> OverdueCases(List<string> scope, DateTimeOffset now) =>
        Cases(scope).Where(a => OpenStatuses.Contains(a.Status)
            && db.WorkflowInstances.Any(i => i.Id == a.InstanceId && i.StatutoryDueAt != null && i.StatutoryDueAt < now));

    private async Task<IReadOnlyList<RegistrationStock>> RegistrationsAsync(List<string> scope, DateOnly day, CancellationToken cancellationToken)
    {
        var soon = day.AddDays(90);
        var rows = await db.Registrations.AsNoTracking().Where(r => scope.Contains(r.DistrictCode))
            .GroupBy(r => r.DistrictCode)
            .Select(g => new RegistrationStock(
                g.Key,
                g.Count(r => r.Status == RegistrationStatus.Active && r.ValidTo > soon),
                g.Count(r => r.Status == RegistrationStatus.Active && r.ValidTo >= day && r.ValidTo <= soon),
                g.Count(r => r.Status == RegistrationStatus.Expired || (r.Status == RegistrationStatus.Active && r.ValidTo < day)),
                g.Count(r => r.Status == RegistrationStatus.Cancelled),
                g.Count(r => r.Status == RegistrationStatus.Revoked)))
            .ToDictionaryAsync(r => r.District, cancellationToken);
        return [.. scope.Select(d => rows.GetValueOrDefault(d) ?? new RegistrationStock(d, 0, 0, 0, 0, 0))];
    }

    /// <summary>Recognitions issued in the period, from the district that holds the original to the one that recognised it.</summary>
    private async Task<IReadOnlyList<RecognitionFlow>> RecognitionsAsync(List<string> scope, StatisticsPeriod period, CancellationToken cancellationToken)
    {
        var rows = await db.Recognitions.AsNoTracking()
            .Where(r => r.IssuedAt >= period.Start && r.IssuedAt < period.End && (scope.Contains(r.OriginDistrictCode) || scope.Contains(r.DistrictCode)))
            .GroupBy(r => new { r.OriginDistrictCode, r.DistrictCode })
            .Select(g => new RecognitionFlow(g.Key.OriginDistrictCode, g.Key.DistrictCode, g.Count()))
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.FromDistrict).ThenBy(r => r.ToDistrict)];
    }
}
