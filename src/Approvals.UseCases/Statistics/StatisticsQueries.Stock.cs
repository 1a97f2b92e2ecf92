using Approvals.Core.Registry;
using Approvals.UseCases.Records;
using Microsoft.EntityFrameworkCore;

namespace Approvals.UseCases.Statistics;

public sealed partial class StatisticsQueries
{
    private async Task<IReadOnlyList<OpenCases>> OpenCasesAsync(List<string> scope, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var days5 = now.AddDays(-5);
        var days20 = now.AddDays(-20);
        var days60 = now.AddDays(-60);
        var rows = await Cases(scope).Where(a => OpenStatuses.Contains(a.Status) && a.SubmittedAt != null)
            .GroupBy(a => new { a.DistrictCode, a.Status })
            .Select(g => new OpenCases(
                g.Key.DistrictCode!, g.Key.Status,
                g.Count(a => a.SubmittedAt >= days5),
                g.Count(a => a.SubmittedAt < days5 && a.SubmittedAt >= days20),
                g.Count(a => a.SubmittedAt < days20 && a.SubmittedAt >= days60),
                g.Count(a => a.SubmittedAt < days60)))
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => scope.IndexOf(r.District)).ThenBy(r => r.Status)];
    }

    /// <summary>
    /// Open tasks past due, and open accepted cases whose working days since acceptance exceed their type's limit (plus
    /// an extension): one cut-off instant per limit, counted in the database.
    /// </summary>
    private async Task<IReadOnlyList<OverdueWork>> OverdueAsync(List<string> scope, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var tasks = await db.HumanTasks.AsNoTracking()
            .Where(t => t.Status == HumanTaskStatus.Open && t.DueAt != null && t.DueAt < now && t.District != null && scope.Contains(t.District))
            .GroupBy(t => t.District!).Select(g => new { District = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.District, x => x.Count, cancellationToken);
        var cases = new Dictionary<string, int>();
        foreach (var byLimit in LimitsByType().GroupBy(l => l.Value))
        {
            var types = byLimit.Select(l => l.Key).ToList();
            var cutOff = workingDays.SubtractWorkingDays(now, byLimit.Key);
            var extendedCutOff = workingDays.SubtractWorkingDays(now, byLimit.Key + Core.Applications.StatutoryExtensionRules.WorkingDays);
            var counts = await Cases(scope)
                .Where(a => types.Contains(a.Type) && OpenStatuses.Contains(a.Status) && a.AcceptedAt != null)
                .Where(a => db.StatutoryExtensions.Any(e => e.InstanceId == a.InstanceId) ? a.AcceptedAt < extendedCutOff : a.AcceptedAt < cutOff)
                .GroupBy(a => a.DistrictCode!).Select(g => new { District = g.Key, Count = g.Count() })
                .ToListAsync(cancellationToken);
            foreach (var c in counts)
                cases[c.District] = cases.GetValueOrDefault(c.District) + c.Count;
        }
        return [.. scope.Select(d => new OverdueWork(d, tasks.GetValueOrDefault(d), cases.GetValueOrDefault(d)))];
    }

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
