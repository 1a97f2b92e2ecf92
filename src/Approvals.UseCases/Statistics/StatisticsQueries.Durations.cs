using Approvals.Core.Applications;
using Microsoft.EntityFrameworkCore;

namespace Approvals.UseCases.Statistics;

public sealed partial class StatisticsQueries
{
    /// <summary>
    /// Working days from acceptance to decision: only the two instants of each case decided in the period are read, the
    /// working days counted on the calendar, the percentiles taken per district. A case is over the limit when it was
    /// decided after its instance's statutory due date (clock stops and an extension already counted).
    /// </summary>
    private async Task<IReadOnlyList<DecisionTimes>> DecisionTimesAsync(List<string> scope, StatisticsPeriod period, CancellationToken cancellationToken)
    {
        var limitsByType = LimitsByType();
        var decided = await Decisions(scope, period.Start, period.End).Where(d => d.AcceptedAt != null).ToListAsync(cancellationToken);
        var baseLimit = limitsByType.Count == 0 ? 0 : limitsByType.Values.Max();
        return [.. scope.Select(district =>
        {
            var cases = decided.Where(d => d.District == district)
                .Select(d => (Days: workingDays.WorkingDaysBetween(d.AcceptedAt!.Value, d.DecidedAt), Late: d.DueAt < d.DecidedAt))
                .ToList();
            var days = cases.Select(c => c.Days).ToList();
            return new DecisionTimes(district, cases.Count, Percentiles.Of(days, 50), Percentiles.Of(days, 90), baseLimit, cases.Count(c => c.Late));
        })];
    }

    /// <summary>Requests each district was asked to answer in the period, by result; hours from request to answer.</summary>
    private async Task<IReadOnlyList<VerificationAnswers>> VerificationsAsync(List<string> scope, StatisticsPeriod period, CancellationToken cancellationToken)
    {
        var requests = db.VerificationRequests.AsNoTracking()
            .Where(v => scope.Contains(v.IssuingDistrictCode) && v.CreatedAt >= period.Start && v.CreatedAt < period.End);
        var counts = await requests.GroupBy(v => new { v.IssuingDistrictCode, v.Status })
            .Select(g => new { g.Key.IssuingDistrictCode, g.Key.Status, Count = g.Count() }).ToListAsync(cancellationToken);
        var answered = await requests.Where(v => v.AnsweredAt != null)
            .Select(v => new { v.IssuingDistrictCode, v.Status, v.CreatedAt, AnsweredAt = v.AnsweredAt!.Value }).ToListAsync(cancellationToken);
        return [.. counts
            .OrderBy(c => scope.IndexOf(c.IssuingDistrictCode)).ThenBy(c => c.Status)
            .Select(c =>
            {
                var hours = answered.Where(a => a.IssuingDistrictCode == c.IssuingDistrictCode && a.Status == c.Status)
                    .Select(a => (int)Math.Ceiling((a.AnsweredAt - a.CreatedAt).TotalHours)).ToList();
                return new VerificationAnswers(c.IssuingDistrictCode, c.Status, c.Count, Percentiles.Of(hours, 50), Percentiles.Of(hours, 90));
            })];
    }

    /// <summary>Approvals and rejections made between two instants, by the case's district.</summary>
    private IQueryable<DecisionInstants> Decisions(List<string> scope, DateTimeOffset start, DateTimeOffset end) =>
        from t in db.ApplicationTimeline.AsNoTracking()
        where (t.Status == ApplicationStatus.Approved || t.Status == ApplicationStatus.Rejected) && t.At >= start && t.At < end
        join a in Cases(scope) on t.ApplicationId equals a.Id
        // A join rather than a subquery per row: PostgreSQL then reads the instances inside its parallel workers.
        join i in db.WorkflowInstances.AsNoTracking() on a.InstanceId equals i.Id into instances
        from i in instances.DefaultIfEmpty()
        select new DecisionInstants
        {
            District = a.DistrictCode!,
            AcceptedAt = a.AcceptedAt,
            DecidedAt = t.At,
            DueAt = i == null ? null : i.StatutoryDueAt,
        };

    private sealed class DecisionInstants
    {
        public required string District { get; init; }
        public DateTimeOffset? AcceptedAt { get; init; }
        public DateTimeOffset DecidedAt { get; init; }
        public DateTimeOffset? DueAt { get; init; }
    }
}
