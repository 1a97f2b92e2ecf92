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
            report.Applications.Select(r => Row(District(r.District), r.Type.DisplayName(), Level(r.Level),
                Count(r.Received, CaseFigure.Received, r), Count(r.Accepted, CaseFigure.Accepted, r), Count(r.NotAccepted, CaseFigure.NotAccepted, r),
                Count(r.Approved, CaseFigure.Approved, r), Count(r.Rejected, CaseFigure.Rejected, r), Count(r.Withdrawn, CaseFigure.Withdrawn, r)))),
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
            report.OpenCases.Select(r => Row(District(r.District), r.Status.DisplayName(),
                Count(r.UpTo5Days, CaseFigure.OpenUpTo5Days, r), Count(r.From6To20Days, CaseFigure.OpenFrom6To20Days, r),
                Count(r.From21To60Days, CaseFigure.OpenFrom21To60Days, r), Count(r.Over60Days, CaseFigure.OpenOver60Days, r), Count(r.Total, CaseFigure.Open, r)))),
        Table(Overdue, Texts.Statistics_TableOverdue,
            [Texts.Statistics_District, Texts.Statistics_OverdueTasks, Texts.Statistics_OverdueCases],
            report.Overdue.Select(r => Row(District(r.District), r.OverdueTasks,
                StatisticsCell.Counting(r.OverdueCases, new CaseFigureFilter(CaseFigure.Overdue, r.District))))),
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

    /// <summary>The figure a list of cases is behind, as its row and column read: 青浦区 · 初始注册 · 二级 · 已受理.</summary>
    public LocalizedText Describe(CaseFigureFilter filter)
    {
        List<LocalizedText> parts = [District(filter.District)];
        if (filter.Type is { } type)
            parts.Add(type.DisplayName());
        if (filter.Level is not null || filter.WithoutLevel)
            parts.Add(Level(filter.Level));
        if (filter.Status is { } status)
            parts.Add(status.DisplayName());
        parts.AddRange(FigureWords(filter.Figure).Select(key => Texts.Text(key)));
        return new LocalizedText(string.Join(" · ", parts.Select(p => p.ZhCn)), string.Join(" · ", parts.Select(p => p.En)));
    }

    private static string[] FigureWords(CaseFigure figure) => figure switch
    {
        CaseFigure.Received => [Texts.Statistics_Received],
        CaseFigure.Accepted => [Texts.Statistics_Accepted],
        CaseFigure.NotAccepted => [Texts.Statistics_NotAccepted],
        CaseFigure.Approved => [Texts.Statistics_Approved],
        CaseFigure.Rejected => [Texts.Statistics_Rejected],
        CaseFigure.Withdrawn => [Texts.Statistics_Withdrawn],
        CaseFigure.OpenUpTo5Days => [Texts.Statistics_OpenCasesFigure, Texts.Statistics_UpTo5Days],
        CaseFigure.OpenFrom6To20Days => [Texts.Statistics_OpenCasesFigure, Texts.Statistics_From6To20Days],
        CaseFigure.OpenFrom21To60Days => [Texts.Statistics_OpenCasesFigure, Texts.Statistics_From21To60Days],
        CaseFigure.OpenOver60Days => [Texts.Statistics_OpenCasesFigure, Texts.Statistics_Over60Days],
        CaseFigure.Open => [Texts.Statistics_OpenCasesFigure],
        _ => [Texts.Statistics_OverdueCases],
    };

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

    public static LocalizedText Level(MetrologistLevel? level) => level?.DisplayName() ?? Texts.Text(Texts.Statistics_NoLevel);

    private static LocalizedText Month(DateOnly month) =>
        Texts.Text(Texts.Statistics_MonthName, month.Year, month.Month, month.ToString("MMM", System.Globalization.CultureInfo.InvariantCulture));

    private static StatisticsCell Count(int number, CaseFigure figure, ApplicationCounts row) =>
        StatisticsCell.Counting(number, new CaseFigureFilter(figure, row.District, row.Type, row.Level, WithoutLevel: row.Level is null));

    private static StatisticsCell Count(int number, CaseFigure figure, OpenCases row) =>
        StatisticsCell.Counting(number, new CaseFigureFilter(figure, row.District, Status: row.Status));

    private static IReadOnlyList<StatisticsCell> Row(params StatisticsCell[] cells) => cells;

    private static StatisticsTable Table(string key, string title, IEnumerable<string> columns, IEnumerable<IReadOnlyList<StatisticsCell>> rows) =>
        new(key, Texts.Text(title), [.. columns.Select(c => Texts.Text(c))], [.. rows]);
}
