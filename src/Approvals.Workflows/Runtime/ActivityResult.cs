using System.Text.Json.Nodes;
using Approvals.Text;

namespace Approvals.Workflows.Runtime;

/// <summary>What an activity did: completed through one or more outcome ports, suspended on a bookmark, or faulted.</summary>
public abstract record ActivityResult
{
    public static ActivityResult Complete(params string[] outcomes) => new Completed(outcomes);

    /// <summary>
    /// Suspends on a new bookmark and emits <see cref="BookmarkCreated"/>. The interpreter gives it an id, unless the
    /// activity took one from <see cref="ActivityExecutionContext.NewBookmarkId"/> to name it in an effect of the same step.
    /// </summary>
    public static ActivityResult Suspend(string kind, JsonObject payload, DateTimeOffset? dueAt = null, string? bookmarkId = null) =>
        new Suspended(kind, payload, dueAt) { BookmarkId = bookmarkId };

    /// <summary>Stops the activity with an incident that a regulator reads, in Chinese or English, and can retry.</summary>
    public static ActivityResult Fault(LocalizedText message) => new Faulted(message);

    public sealed record Completed(IReadOnlyList<string> Outcomes) : ActivityResult;

    public sealed record Suspended(string Kind, JsonObject Payload, DateTimeOffset? DueAt) : ActivityResult
    {
        public string? BookmarkId { get; init; }
    }

    public sealed record Faulted(LocalizedText Message) : ActivityResult;
}
