using System.Globalization;
using System.Text.Json.Nodes;
using Approvals.Infrastructure.Links;
using Approvals.Core.Districts;
using Approvals.Infrastructure.Calendar;
using Approvals.Infrastructure.Mail;
using Approvals.Infrastructure.Metrology.Applications;
using Approvals.Infrastructure.Persistence;
using Approvals.Infrastructure.Recipients;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Approvals.UseCases.Records;
using Approvals.UseCases.Cases;

namespace Approvals.Infrastructure.Deadlines.Recurring;

/// <summary>
/// Each working day: to every reviewer of a district with open tasks past due or due by the end of the next
/// working day, one digest listing them. One digest per district, day and reviewer, however often it runs.
/// </summary>
public sealed class OverdueDigestJob(
    ApprovalsDbContext db,
    IRecipientDirectory directory,
    TemplatedMailOutbox mail,
    CalendarZone zone,
    WorkingDays days,
    ForwardWorkingTime forward,
    TimeProvider clock,
    PublicLinks links,
    IOptions<RecurringJobSettings> options)
{
    public const string Id = "overdue-digest";

    private static readonly DistrictDirectory Districts = DistrictDirectory.LoadEmbedded();

    [AutomaticRetry(Attempts = 3)]
    [JobDisplayName("Overdue and soon-due task digest")]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var today = zone.Today;
        if (!days.IsWorkingDay(today))
            return;
        var now = clock.GetUtcNow();
        var soon = forward.AddWorkingDays(now, 1);
        var tasks = await db.HumanTasks.AsNoTracking()
            .Where(t => t.Status == HumanTaskStatus.Open && t.DueAt != null && t.DueAt <= soon && t.District != null)
            .OrderBy(t => t.DueAt)
            .ToListAsync(cancellationToken);
        var correlations = await db.WorkflowInstances.AsNoTracking()
            .Where(i => tasks.Select(t => t.InstanceId).Contains(i.Id))
            .ToDictionaryAsync(i => i.Id, i => i.CorrelationId ?? i.Id, cancellationToken);
        var caseNumbers = await db.CaseNumbersAsync(correlations.Values.ToList(), cancellationToken);
        var numbers = correlations.ToDictionary(c => c.Key, c => caseNumbers.GetValueOrDefault(c.Value, c.Value));
        foreach (var district in tasks.GroupBy(t => t.District!))
        {
            foreach (var reviewer in await directory.MembersAsync(options.Value.ReviewerRole, district.Key, cancellationToken))
            {
                var known = Districts.FindByCode(district.Key);
                var english = MailTemplates.CultureFor(reviewer.Culture) == "en";
                var overdue = district.Where(t => t.DueAt <= now).Select(t => Line(t, numbers, reviewer.Culture)).ToArray();
                var soonDue = district.Where(t => t.DueAt > now).Select(t => Line(t, numbers, reviewer.Culture)).ToArray();
                var model = new JsonObject
                {
                    ["district"] = new JsonObject { ["code"] = district.Key, ["name"] = known is null ? district.Key : english ? known.NameEn : known.Name },
                    ["digest"] = new JsonObject { ["date"] = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["overdueCount"] = overdue.Length, ["soonDueCount"] = soonDue.Length },
                    ["overdue"] = new JsonArray(overdue.Select(n => (JsonNode)n.DeepClone()).ToArray()),
                    ["soonDue"] = new JsonArray(soonDue.Select(n => (JsonNode)n.DeepClone()).ToArray()),
                    ["inbox"] = new JsonObject { ["url"] = links.Inbox().AbsoluteUri },
                };
                await mail.AddOnceAsync($"digest:{today:yyyyMMdd}:{district.Key}:{reviewer.Address}", reviewer, "overdue-digest", model, null, cancellationToken);
            }
        }
        await mail.SaveAndDispatchAsync(cancellationToken);
    }

    private JsonObject Line(HumanTaskRecord task, Dictionary<string, string> numbers, string? culture) => new()
    {
        ["title"] = task.TitleText().For(MailTemplates.CultureFor(culture)),
        ["url"] = links.Task(task.Id).AbsoluteUri,
        ["applicationNumber"] = numbers.GetValueOrDefault(task.InstanceId, task.InstanceId),
        ["dueAt"] = TimeZoneInfo.ConvertTime(task.DueAt!.Value, zone.TimeZone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
    };
}
