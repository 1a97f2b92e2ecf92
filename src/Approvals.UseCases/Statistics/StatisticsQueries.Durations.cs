using Approvals.Core.Applications;
using Microsoft.EntityFrameworkCore;

namespace Approvals.UseCases.Statistics;

public sealed partial class StatisticsQueries
{
    /// <summary>
    /// Working days from acceptance to decision: only the two instants of each case decided in the period are read, the
    /// working days counted on the calendar, the percentiles taken per district. A case is over the limit when it was
    /// decided after the statutory due date its clock stood at then (clock stops and an extension already counted).
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

    /// <summary>Cases approved or rejected between two instants, read from the cases' own decision columns.</summary>
    private IQueryable<Application> Decided(List<string> scope, DateTimeOffset start, DateTimeOffset end) =>
        Cases(scope).Where(a => a.DecidedAt != null && a.DecidedAt >= start && a.DecidedAt < end);

    /// <summary>Only the instants the decision times need, so that PostgreSQL answers from the covering index alone.</summary>
    private IQueryable<DecisionInstants> Decisions(List<string> scope, DateTimeOffset start, DateTimeOffset end) =>
        Decided(scope, start, end).Select(a => new DecisionInstants
        {
            District = a.DistrictCode!,
            AcceptedAt = a.AcceptedAt,
            DecidedAt = a.DecidedAt!.Value,
            DueAt = a.DecisionDueAt,
        });

    private sealed class DecisionInstants
    {
        public required string District { get; init; }
        public DateTimeOffset? AcceptedAt { get; init; }
        public DateTimeOffset DecidedAt { get; init; }
        public DateTimeOffset? DueAt { get; init; }
    }
}
