using System.Globalization;
using System.Text.Json.Nodes;
using Approvals.Core.Access;
using Approvals.Infrastructure.Calendar;
using Approvals.Infrastructure.Deadlines.Recurring;
using Approvals.Infrastructure.Links;
using Approvals.Infrastructure.Mail;
using Approvals.Infrastructure.Recipients;
using Approvals.UseCases.Statistics;
using Approvals.Workflows.Runtime;
using Hangfire;
using Microsoft.Extensions.Options;

namespace Approvals.Infrastructure.Statistics;

/// <summary>
/// From the first working day of a month on: last month's figures for every district, as a PDF in each reader's language,
/// mailed to the executive committee's regulators with the same tables the statistics page shows. Runs daily so a day
/// the service was down is caught up; one mail per month and person, however often it runs.
/// </summary>
public sealed class MonthlyStatisticsReportJob(
    StatisticsQueries queries,
    StatisticsTables tables,
    StatisticsReportPdf pdf,
    IRecipientDirectory directory,
    TemplatedMailOutbox mail,
    CalendarZone zone,
    WorkingDays days,
    PublicLinks links,
    IOptions<RecurringJobSettings> options)
{
    public const string Id = "monthly-statistics";
    public const string Template = "monthly-statistics";

    [AutomaticRetry(Attempts = 3)]
    [JobDisplayName("Monthly statistics report to the executive committee")]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var today = zone.Today;
        if (today < FirstWorkingDay(today))
            return;
        var period = StatisticsPeriod.MonthBefore(today);
        var recipients = await directory.MembersAsync(options.Value.RegulatorRole, StaffDistricts.ExecutiveCommittee, cancellationToken);
        if (recipients.Count == 0)
            return;
        var report = await queries.ReportAsync(Caller.System, period, null, cancellationToken);
        var shown = tables.Of(report);
        var month = period.From.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var files = new Dictionary<string, EmailAttachment>();
        foreach (var recipient in recipients)
        {
            var culture = MailTemplates.CultureFor(recipient.Culture);
            if (!files.TryGetValue(culture, out var file))
            {
                file = new EmailAttachment(Texts.Text(Texts.MonthlyStatisticsJob_FileName, month).For(culture), "application/pdf", pdf.Render(report, shown, culture));
                files[culture] = file;
            }
            var model = new JsonObject
            {
                ["report"] = new JsonObject
                {
                    ["month"] = month, ["from"] = Day(period.From), ["to"] = Day(period.To),
                    ["received"] = report.Applications.Sum(a => a.Received),
                    ["decided"] = report.Trend.Sum(t => t.Decided),
                    ["overdueCases"] = report.Overdue.Sum(o => o.OverdueCases),
                    ["fileName"] = file.FileName,
                },
                ["statistics"] = new JsonObject { ["url"] = links.To($"statistics?month={month}").AbsoluteUri },
            };
            await mail.AddOnceAsync($"{Id}:{month}:{recipient.Address}", recipient, Template, model, null, cancellationToken, [file]);
        }
        await mail.SaveAndDispatchAsync(cancellationToken);
    }

    private DateOnly FirstWorkingDay(DateOnly today)
    {
        var first = new DateOnly(today.Year, today.Month, 1);
        return days.IsWorkingDay(first) ? first : days.Next(first);
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
