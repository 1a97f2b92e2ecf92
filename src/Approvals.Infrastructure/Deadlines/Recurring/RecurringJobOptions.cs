namespace Approvals.Infrastructure.Deadlines.Recurring;

/// <summary>Bound from the "RecurringJobs" section; cron expressions are read in the calendar's zone (Asia/Shanghai).</summary>
public sealed class RecurringJobSettings
{
    public const string SectionName = "RecurringJobs";

    /// <summary>When the digest of overdue and soon-due tasks goes out; it skips days that are not working days.</summary>
    public string OverdueDigestCron { get; set; } = "0 8 * * *";

    public string ExpiryRemindersCron { get; set; } = "0 9 * * *";

    /// <summary>When stored document contents that no document references are deleted.</summary>
    public string DocumentContentSweepCron { get; set; } = "30 3 * * *";

    /// <summary>
    /// When the monthly statistics report is looked at: daily, and it goes out from the first working day of a month on,
    /// once per month and person.
    /// </summary>
    public string MonthlyStatisticsCron { get; set; } = "0 8 * * *";

    /// <summary>The role whose executive-committee members get the monthly statistics report.</summary>
    public string RegulatorRole { get; set; } = "Regulator";

    /// <summary>The role whose members of each district get the digest.</summary>
    public string ReviewerRole { get; set; } = "Reviewer";

    /// <summary>Days before the end of validity at which holders are reminded.</summary>
    public List<int> ExpiryReminderDays { get; set; } = [90, 60, 30];

    /// <summary>A reminder missed on its day (the job did not run) is still sent within this many days after.</summary>
    public int ExpiryCatchUpDays { get; set; } = 7;

    /// <summary>Where holders renew: a path under <c>App:PublicBaseUrl</c>, shown as a full link in the expiry reminder.</summary>
    public string RenewalUrl { get; set; } = "/applications/new?type=renewal";
}
