using Approvals.Core.Applications;
using Approvals.Core.Districts;
using Approvals.Core.Registry;
using Approvals.Core.Verification;
using Approvals.Text;

namespace Approvals.UseCases.Statistics;

/// <summary>The tables of a report, in the order the page, the spreadsheet and the monthly PDF show them.</summary>
public sealed class StatisticsTables(DistrictDirectory districts)
{
    public const string Applications = "applications";
    public const string Trend = "trend";
    public const string Recognitions = "recognitions";
    public const string DecisionTimes = "decision-times";
    public const string OpenCases = "open-cases";
    public const string Overdue = "overdue";
    public const string Corrections = "corrections";
    public const string Verifications = "verifications";
    public const string Registrations = "registrations";

    public static IReadOnlyList<string> Keys { get; } =
        [Applications, Trend, Recognitions, DecisionTimes, OpenCases, Overdue, Corrections, Verifications, Registrations];

    public IReadOnlyList<StatisticsTable> Of(StatisticsReport report) =>
    [
        Table(Applications, Texts.Statistics_TableApplications,
            [Texts.Statistics_District, Texts.Statistics_Type, Texts.Statistics_Level, Texts.Statistics_Received, Texts.Statistics_Accepted,
             Texts.Statistics_NotAccepted, Texts.Statistics_Approved, Texts.Statistics_Rejected, Texts.Statistics_Withdrawn],
            report.Applications.Select(r => Row(District(r.District), r.Type.DisplayName(), Level(r.Level), r.Received, r.Accepted, r.NotAccepted, r.Approved, r.Rejected, r.Withdrawn))),
        Table(Trend, Texts.Statistics_TableTrend,
            [Texts.Statistics_District, Texts.Statistics_Month, Texts.Statistics_Received, Texts.Statistics_Decided],
            report.Trend.Select(r => Row(District(r.District), Month(r.Month), r.Received, r.Decided))),
        Table(Recognitions, Texts.Statistics_TableRecognitions,
            [Texts.Statistics_FromDistrict, Texts.Statistics_ToDistrict, Texts.Statistics_Count],
            report.Recognitions.Select(r => Row(District(r.FromDistrict), District(r.ToDistrict), r.Count))),
        Table(DecisionTimes, Texts.Statistics_TableDecisionTimes,
            [Texts.Statistics_District, Texts.Statistics_Decided, Texts.Statistics_MedianWorkingDays, Texts.Statistics_Percentile90WorkingDays,
             Texts.Statistics_LimitWorkingDays, Texts.Statistics_OverLimit],
            report.DecisionTimes.Select(r => Row(District(r.District), r.Decided, r.MedianWorkingDays, r.Percentile90WorkingDays, r.LimitWorkingDays, r.OverLimit))),
        Table(OpenCases, Texts.Statistics_TableOpenCases,
            [Texts.Statistics_District, Texts.Statistics_Status, Texts.Statistics_UpTo5Days, Texts.Statistics_From6To20Days,
             Texts.Statistics_From21To60Days, Texts.Statistics_Over60Days, Texts.Statistics_Total],
            report.OpenCases.Select(r => Row(District(r.District), r.Status.DisplayName(), r.UpTo5Days, r.From6To20Days, r.From21To60Days, r.Over60Days, r.Total))),
        Table(Overdue, Texts.Statistics_TableOverdue,
            [Texts.Statistics_District, Texts.Statistics_OverdueTasks, Texts.Statistics_OverdueCases],
            report.Overdue.Select(r => Row(District(r.District), r.OverdueTasks, r.OverdueCases))),
        Table(Corrections, Texts.Statistics_TableCorrections,
            [Texts.Statistics_District, Texts.Statistics_Received, Texts.Statistics_Corrected, Texts.Statistics_CorrectionRatePercent, Texts.Statistics_CorrectionsPerCase],
            report.Corrections.Select(r => Row(District(r.District), r.Received, r.Corrected, r.RatePercent, r.AveragePerCase))),
        Table(Verifications, Texts.Statistics_TableVerifications,
            [Texts.Statistics_AnsweringDistrict, Texts.Statistics_Result, Texts.Statistics_Count, Texts.Statistics_MedianHours, Texts.Statistics_Percentile90Hours],
            report.Verifications.Select(r => Row(District(r.District), Result(r.Result), r.Count, r.MedianHours, r.Percentile90Hours))),
        Table(Registrations, Texts.Statistics_TableRegistrations,
            [Texts.Statistics_District, Texts.Statistics_Active, Texts.Statistics_ExpiringIn90Days, Texts.Statistics_Expired, Texts.Statistics_Cancelled, Texts.Statistics_Revoked],
            report.Registrations.Select(r => Row(District(r.District), r.Active, r.ExpiringIn90Days, r.Expired, r.Cancelled, r.Revoked))),
    ];

    /// <summary>A district's name in both languages (its code when it is not one of the zone's).</summary>
    public LocalizedText District(string code) =>
        districts.FindByCode(code) is { } d ? new LocalizedText(d.Name, d.NameEn) : new LocalizedText(code, code);

    private static LocalizedText Result(VerificationStatus status) => Texts.Text(status switch
    {
        VerificationStatus.Pending => Texts.Statistics_VerificationPending,
        VerificationStatus.Confirmed => Texts.Statistics_VerificationConfirmed,
        VerificationStatus.Denied => Texts.Statistics_VerificationDenied,
        VerificationStatus.NotFound => Texts.Statistics_VerificationNotFound,
        VerificationStatus.TimedOut => Texts.Statistics_VerificationTimedOut,
        _ => Texts.Statistics_VerificationSuperseded,
    });

    private static LocalizedText Level(MetrologistLevel? level) => level?.DisplayName() ?? Texts.Text(Texts.Statistics_NoLevel);

    private static LocalizedText Month(DateOnly month) =>
        Texts.Text(Texts.Statistics_MonthName, month.Year, month.Month, month.ToString("MMM", System.Globalization.CultureInfo.InvariantCulture));

    private static IReadOnlyList<StatisticsCell> Row(params StatisticsCell[] cells) => cells;

    private static StatisticsTable Table(string key, string title, IEnumerable<string> columns, IEnumerable<IReadOnlyList<StatisticsCell>> rows) =>
        new(key, Texts.Text(title), [.. columns.Select(c => Texts.Text(c))], [.. rows]);
}
