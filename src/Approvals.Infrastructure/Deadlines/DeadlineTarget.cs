using System.Text.Json.Nodes;
using Approvals.Core.Applications;
using Approvals.Infrastructure.Calendar;
using Approvals.Infrastructure.Links;
using Approvals.Infrastructure.Metrology.Applications;
using Approvals.Infrastructure.Persistence;
using Approvals.Infrastructure.Recipients;
using Approvals.Infrastructure.Workflows;
using Approvals.Text;
using Approvals.Workflows.Activities;
using Approvals.Workflows.Deadlines;
using Approvals.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Approvals.UseCases.Instances;
using Approvals.UseCases.Records;
using Approvals.UseCases.Cases;

namespace Approvals.Infrastructure.Deadlines;

/// <summary>
/// The open bookmark a reminder or escalation is about: its task row when it is a human task, otherwise the
/// role, district and address its payload names (<see cref="BookmarkPayload"/>). Null when it closed first.
/// </summary>
/// <param name="CaseNumber">What the mail calls the case: its case number, or the correlation id of an instance that drives none.</param>
/// <param name="Type">The case's application type; null for an instance that drives no case.</param>
public sealed record DeadlineTarget(BookmarkState Bookmark, HumanTaskRecord? Task, string? CorrelationId, string CaseNumber, ApplicationType? Type)
{
    public string? Role => Task?.Role ?? Text(BookmarkPayload.Role);
    public string? District => Task is null ? Text(BookmarkPayload.District) : Task.District;
    public LocalizedText Title => Task?.TitleText() ?? TaskTexts.Read(Bookmark.Payload[HumanTaskActivity.Title]) ?? new(Bookmark.ActivityId, Bookmark.ActivityId);

    public static async Task<DeadlineTarget?> FindAsync(ApprovalsDbContext db, string bookmarkId, CancellationToken cancellationToken)
    {
        var open = await db.Bookmarks.AsNoTracking().FirstOrDefaultAsync(b => b.Id == bookmarkId, cancellationToken);
        if (open is null)
            return null;
        var instance = await db.WorkflowInstances.AsNoTracking().FirstAsync(i => i.Id == open.InstanceId, cancellationToken);
        var bookmark = WorkflowStateJson.Deserialize(instance.StateJson).Bookmarks.FirstOrDefault(b => b.Id == bookmarkId);
        if (bookmark is null)
            return null;
        var task = await db.HumanTasks.FirstOrDefaultAsync(t => t.Id == bookmarkId && t.Status == HumanTaskStatus.Open, cancellationToken);
        var correlationId = instance.CorrelationId ?? instance.Id;
        var type = await db.Applications.AsNoTracking().Where(a => a.Id == correlationId).Select(a => (ApplicationType?)a.Type).FirstOrDefaultAsync(cancellationToken);
        return new DeadlineTarget(bookmark, task, correlationId, await db.CaseNumberAsync(correlationId, cancellationToken), type);
    }

    /// <summary>The assignee when the task is claimed, otherwise the role's members of the district, or the address the payload names.</summary>
    public async Task<IReadOnlyList<MailRecipient>> HoldersAsync(IRecipientDirectory directory, CancellationToken cancellationToken)
    {
        if (Task?.Assignee is { } assignee)
            return await directory.FindUserAsync(assignee, cancellationToken) is { } user ? [user] : [];
        if (Task is null && Text(BookmarkPayload.NotifyEmail) is { Length: > 0 } address)
            return [new MailRecipient(address, address, null, Text("culture") ?? "zh-CN")];
        return Role is { } role ? await directory.MembersAsync(role, District, cancellationToken) : [];
    }

    /// <summary>
    /// What the reminder and escalation templates read about the task, in the recipient's language; times in the
    /// calendar's zone. The link leads a reviewer to the task page, an applicant reminded of corrections to the case page.
    /// </summary>
    public JsonObject Model(CalendarZone zone, PublicLinks links, string culture) => new()
    {
        ["task"] = new JsonObject
        {
            ["id"] = Bookmark.Id,
            ["title"] = Title.For(culture),
            ["role"] = Role,
            ["district"] = District,
            ["assignee"] = Task?.Assignee,
            ["unclaimed"] = Task is not null && Task.Assignee is null,
            ["dueAt"] = Bookmark.DueAt is { } due ? TimeZoneInfo.ConvertTime(due, zone.TimeZone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture) : null,
            ["url"] = (Task is not null || CorrelationId is null ? links.Task(Bookmark.Id) : links.Case(CorrelationId)).AbsoluteUri,
        },
        ["application"] = new JsonObject { ["number"] = CaseNumber, ["type"] = Type?.DisplayName().For(culture) },
    };

    private string? Text(string name) => Bookmark.Payload[name] is JsonValue v && v.TryGetValue(out string? s) ? s : null;
}
