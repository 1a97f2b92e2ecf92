using System.Text.Json.Nodes;
using Approvals.Workflows.Models;

namespace Approvals.Workflows.Diff;

/// <summary>
/// What changed between two versions of a procedure, as a regulator reads it: activities added, removed and
/// changed (name, type, each input), connections added and removed. Moving a node on the canvas is reported
/// apart, as a layout change, so it never hides or fakes a change of behaviour.
/// </summary>
public sealed record DefinitionDiff(
    IReadOnlyList<ActivitySummary> AddedActivities,
    IReadOnlyList<ActivitySummary> RemovedActivities,
    IReadOnlyList<ActivityChange> ChangedActivities,
    IReadOnlyList<ConnectionKey> AddedConnections,
    IReadOnlyList<ConnectionKey> RemovedConnections,
    IReadOnlyList<string> MovedActivities)
{
    /// <summary>No difference in behaviour; the layout may still differ (<see cref="MovedActivities"/>).</summary>
    public bool IsEmpty => AddedActivities.Count == 0 && RemovedActivities.Count == 0 && ChangedActivities.Count == 0
        && AddedConnections.Count == 0 && RemovedConnections.Count == 0;

    public static DefinitionDiff Compare(WorkflowDefinition before, WorkflowDefinition after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var old = Index(before.Root.Activities);
        var now = Index(after.Root.Activities);
        var added = now.Values.Where(a => !old.ContainsKey(a.Id)).Select(ActivitySummary.Of).ToList();
        var removed = old.Values.Where(a => !now.ContainsKey(a.Id)).Select(ActivitySummary.Of).ToList();
        var changed = new List<ActivityChange>();
        var moved = new List<string>();
        foreach (var activity in now.Values)
        {
            if (!old.TryGetValue(activity.Id, out var previous))
                continue;
            var changes = ActivityChange.PropertiesOf(previous, activity);
            if (changes.Count > 0)
                changed.Add(new ActivityChange(ActivitySummary.Of(activity), changes));
            if (!JsonNode.DeepEquals(PositionOf(previous), PositionOf(activity)))
                moved.Add(activity.Id);
        }
        var oldConnections = before.Root.Connections.Select(ConnectionKey.Of).ToHashSet();
        var newConnections = after.Root.Connections.Select(ConnectionKey.Of).ToHashSet();
        return new DefinitionDiff(
            added,
            removed,
            changed,
            [.. after.Root.Connections.Select(ConnectionKey.Of).Where(k => !oldConnections.Contains(k)).Distinct()],
            [.. before.Root.Connections.Select(ConnectionKey.Of).Where(k => !newConnections.Contains(k)).Distinct()],
            moved);
    }

    // The first activity of an id wins; the validator reports duplicate ids.
    private static Dictionary<string, ActivityModel> Index(IEnumerable<ActivityModel> activities)
    {
        var index = new Dictionary<string, ActivityModel>(StringComparer.Ordinal);
        foreach (var activity in activities)
            index.TryAdd(activity.Id, activity);
        return index;
    }

    internal static JsonNode? PositionOf(ActivityModel activity) => activity.Metadata?["designer"]?["position"];
}
