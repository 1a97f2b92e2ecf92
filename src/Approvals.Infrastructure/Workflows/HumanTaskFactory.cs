using System.Text.Json.Nodes;
using Approvals.Workflows.Activities;
using Approvals.Workflows.Deadlines;
using Approvals.Workflows.Runtime;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Workflows;

/// <summary>Makes a task row from the payload a HumanTask activity evaluated for its bookmark.</summary>
internal static class HumanTaskFactory
{
    /// <param name="instanceDistrict">
    /// The instance's district: its tasks stay there whatever the procedure names, so a regulator cannot send work
    /// (and with it the instance) into another district's inbox. Null (an instance of the executive committee) keeps
    /// the district the procedure names.
    /// </param>
    public static HumanTaskRecord FromBookmark(string instanceId, BookmarkState bookmark, string? instanceDistrict)
    {
        var payload = bookmark.Payload;
        var title = TaskTexts.Read(payload[HumanTaskActivity.Title]);
        var description = TaskTexts.Read(payload[HumanTaskActivity.Description]);
        return new HumanTaskRecord
        {
            Id = bookmark.Id,
            InstanceId = instanceId,
            ActivityId = bookmark.ActivityId,
            Title = title?.ZhCn ?? bookmark.ActivityId,
            TitleEn = title?.En ?? bookmark.ActivityId,
            Description = description?.ZhCn,
            DescriptionEn = description?.En,
            Role = Text(payload, "role") ?? "",
            District = instanceDistrict ?? Text(payload, "district"),
            OutcomesJson = OfferedOutcomes(bookmark).ToJsonString(),
            ReasonRequiredForJson = (payload[HumanTaskActivity.ReasonRequiredFor] as JsonArray ?? []).ToJsonString(),
            FormJson = payload["formFields"]?.ToJsonString(),
            Status = HumanTaskStatus.Open,
            CreatedAt = bookmark.CreatedAt,
            DueAt = bookmark.DueAt,
        };
    }

    /// <summary>The people who may not work the task: the actors of the earlier tasks it names in <c>excludeActorsOf</c> (four eyes).</summary>
    public static IEnumerable<HumanTaskExclusion> Exclusions(BookmarkState bookmark) =>
        (bookmark.Payload[HumanTaskActivity.ExcludedActors] as JsonArray ?? [])
            .Select(a => a?.GetValue<string>()).OfType<string>().Distinct(StringComparer.Ordinal)
            .Select(user => new HumanTaskExclusion { TaskId = bookmark.Id, UserName = user });

    /// <summary>
    /// The outcomes a person may choose: all the activity declares except the one its escalation takes when the
    /// time limit passes ("Overdue"), which only the deadline may take.
    /// </summary>
    private static JsonArray OfferedOutcomes(BookmarkState bookmark)
    {
        var declared = (bookmark.Payload["outcomes"] as JsonArray ?? []).Select(o => o?.GetValue<string>()).OfType<string>();
        var takenByDeadline = DeadlineSpec.Of(bookmark)?.Escalation is { Action: EscalationAction.TakeOutcome } escalation ? escalation.OutcomePort : null;
        return [.. declared.Where(o => o != takenByDeadline).Select(o => (JsonNode)o)];
    }

    private static string? Text(JsonObject payload, string name) => payload[name] switch
    {
        null => null,
        JsonValue value when value.TryGetValue(out string? text) => text,
        var node => node.ToJsonString(),
    };
}
