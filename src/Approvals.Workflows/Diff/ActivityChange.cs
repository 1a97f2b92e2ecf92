using System.Text.Json.Nodes;
using Approvals.Workflows.Models;

namespace Approvals.Workflows.Diff;

/// <summary>An activity present in both versions, with each property whose value differs.</summary>
public sealed record ActivityChange(ActivitySummary Activity, IReadOnlyList<PropertyChange> Changes)
{
    internal static List<PropertyChange> PropertiesOf(ActivityModel before, ActivityModel after)
    {
        var changes = new List<PropertyChange>();
        if (before.Type != after.Type)
            changes.Add(new PropertyChange("type", JsonValue.Create(before.Type), JsonValue.Create(after.Type)));
        if (before.Name != after.Name)
            changes.Add(new PropertyChange("name", JsonValue.Create(before.Name), JsonValue.Create(after.Name)));
        if (!JsonNode.DeepEquals(NamesOf(before), NamesOf(after)))
            changes.Add(new PropertyChange("names", NamesOf(before), NamesOf(after)));
        var names = before.Inputs.Select(p => p.Key).Concat(after.Inputs.Select(p => p.Key)).Distinct(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var was = before.Inputs[name];
            var now = after.Inputs[name];
            if (!JsonNode.DeepEquals(was, now))
                changes.Add(new PropertyChange($"inputs.{name}", was?.DeepClone(), now?.DeepClone()));
        }
        if (!JsonNode.DeepEquals(WithoutPosition(before.Metadata), WithoutPosition(after.Metadata)))
            changes.Add(new PropertyChange("metadata", WithoutPosition(before.Metadata), WithoutPosition(after.Metadata)));
        return changes;
    }

    private static JsonObject? NamesOf(ActivityModel activity) =>
        activity.Names is null ? null : new JsonObject(activity.Names.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, (JsonNode?)JsonValue.Create(p.Value))));

    // The position is layout, reported as a move; any other metadata may carry meaning and counts as a change.
    private static JsonObject? WithoutPosition(JsonObject? metadata)
    {
        if (metadata is null)
            return null;
        var copy = metadata.DeepClone().AsObject();
        if (copy["designer"] is JsonObject designer)
        {
            designer.Remove("position");
            if (designer.Count == 0)
                copy.Remove("designer");
        }
        return copy.Count == 0 ? null : copy;
    }
}

/// <summary>One property of an activity: <c>name</c>, <c>type</c>, <c>inputs.title</c>, <c>metadata</c>.</summary>
public sealed record PropertyChange(string Property, JsonNode? Before, JsonNode? After);
