using Approvals.Core.Applications;
using Approvals.Core.Registry;
using Approvals.Core.Verification;

namespace Approvals.UseCases.Statistics;

/// <summary>
/// Every figure of one period for the districts a caller oversees, each row naming its district (the committee reads
/// the three side by side). Cases count in the period they were submitted in; decisions, recognitions and answers in the
/// period they were made in; open cases, overdue work and registrations as of <see cref="AsOf"/>.
/// </summary>
public sealed record StatisticsReport(
    StatisticsPeriod Period,
    DateTimeOffset AsOf,
    IReadOnlyList<string> Districts,
    IReadOnlyList<ApplicationCounts> Applications,
    IReadOnlyList<MonthlyReceived> Trend,
    IReadOnlyList<RecognitionFlow> Recognitions,
    IReadOnlyList<DecisionTimes> DecisionTimes,
    IReadOnlyList<OpenCases> OpenCases,
    IReadOnlyList<OverdueWork> Overdue,
    IReadOnlyList<Corrections> Corrections,
    IReadOnlyList<VerificationAnswers> Verifications,
    IReadOnlyList<RegistrationStock> Registrations);

public sealed record ApplicationCounts(
    string District, ApplicationType Type, MetrologistLevel? Level,
    int Received, int Accepted, int NotAccepted, int Approved, int Rejected, int Withdrawn);

public sealed record MonthlyReceived(string District, DateOnly Month, int Received, int Decided);

public sealed record RecognitionFlow(string FromDistrict, string ToDistrict, int Count);

/// <summary>Working days from acceptance to decision of the cases decided in the period.</summary>
public sealed record DecisionTimes(string District, int Decided, int? MedianWorkingDays, int? Percentile90WorkingDays, int LimitWorkingDays, int OverLimit);

/// <summary>Open cases by the status the applicant sees and by calendar days since submission.</summary>
public sealed record OpenCases(string District, ApplicationStatus Status, int UpTo5Days, int From6To20Days, int From21To60Days, int Over60Days)
{
    public int Total => UpTo5Days + From6To20Days + From21To60Days + Over60Days;
}

/// <summary>
/// Open tasks past their due date, and open cases past their statutory due date as their clock stands (clock stops and
/// an extension counted; a case the applicant holds for corrections is not past it).
/// </summary>
public sealed record OverdueWork(string District, int OverdueTasks, int OverdueCases);

public sealed record Corrections(string District, int Received, int Corrected, int CorrectionRounds)
{
    /// <summary>The share of cases asked for corrections at least once, in percent (one decimal).</summary>
    public decimal RatePercent => Received == 0 ? 0 : Math.Round(100m * Corrected / Received, 1);

    public decimal AveragePerCase => Received == 0 ? 0 : Math.Round((decimal)CorrectionRounds / Received, 2);
}

/// <summary>Requests a district was asked to answer in the period, by result, with hours from request to answer.</summary>
public sealed record VerificationAnswers(string District, VerificationStatus Result, int Count, int? MedianHours, int? Percentile90Hours);

/// <summary>Registrations held in a district as of the report's day.</summary>
public sealed record RegistrationStock(string District, int Active, int ExpiringIn90Days, int Expired, int Cancelled, int Revoked);
