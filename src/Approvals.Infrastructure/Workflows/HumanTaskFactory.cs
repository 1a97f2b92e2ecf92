using System.Text.Json.Nodes;
using Approvals.Infrastructure.Persistence.Entities;
using Approvals.Workflows.Runtime;

namespace Approvals.Infrastructure.Workflows;

/// <summary>Makes a task row from the payload a HumanTask activity evaluated for its bookmark.</summary>
internal static class HumanTaskFactory
{
    public static HumanTaskRecord FromBookmark(string instanceId, BookmarkState bookmark)
    {
        var payload = bookmark.Payload;
        return new HumanTaskRecord
        {
            Id = bookmark.Id,
            InstanceId = instanceId,
            ActivityId = bookmark.ActivityId,
            Title = Text(payload, "title") ?? bookmark.ActivityId,
            Description = Text(payload, "description"),
            Role = Text(payload, "role") ?? "",
            District = Text(payload, "district"),
            OutcomesJson = payload["outcomes"]?.ToJsonString() ?? "[]",
            FormJson = payload["formFields"]?.ToJsonString(),
            Status = HumanTaskStatus.Open,
            CreatedAt = bookmark.CreatedAt,
            DueAt = bookmark.DueAt,
        };
    }

    private static string? Text(JsonObject payload, string name) => payload[name] switch
    {
        null => null,
        JsonValue value when value.TryGetValue(out string? text) => text,
        var node => node.ToJsonString(),
    };
}
