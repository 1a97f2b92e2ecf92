using System.Text.Json.Nodes;
using Approvals.Workflows.Models;

namespace Approvals.Web.Features.Designer.Model;

/// <summary>
/// The selected activity as the property panel shows it, the panel's own edits applied as the canvas applies them.
/// A canvas change that leaves the activity so (the panel's edit coming back, a move, an edit elsewhere) must not
/// rebuild the panel: that would overwrite what the user is typing and drop rows the panel has not applied yet.
/// Any other change (undo, redo, an activity that arrived after its selection) does.
/// </summary>
public sealed class PanelActivity
{
    private JsonObject? _shown;

    public void Show(string definitionJson, string? activityId) =>
        _shown = activityId is null ? null : Find(definitionJson, activityId);

    /// <summary>Applies a name in one language as the canvas does (<c>edits.js</c> <c>setName</c>): the Chinese one is also the single <c>name</c> older readers see.</summary>
    public void Rename(string? name, string culture = PerLanguage.Chinese)
    {
        if (_shown is null)
            return;
        var names = _shown["names"] as JsonObject ?? [];
        if (string.IsNullOrEmpty(name))
            names.Remove(culture);
        else
            names[culture] = name;
        if (names.Count == 0)
            _shown.Remove("names");
        else
            _shown["names"] = names;
        if (culture != PerLanguage.Chinese)
            return;
        if (string.IsNullOrEmpty(name))
            _shown.Remove("name");
        else
            _shown["name"] = name;
    }

    public void SetInput(string input, JsonNode? value)
    {
        if (_shown is null)
            return;
        if (_shown["inputs"] is not JsonObject inputs)
            _shown["inputs"] = inputs = [];
        if (value is null)
            inputs.Remove(input);
        else
            inputs[input] = value.DeepClone();
    }

    /// <summary>Whether the definition holds the selected activity otherwise than the panel shows it (its position aside).</summary>
    public bool ChangedIn(string definitionJson, string? activityId)
    {
        if (activityId is null)
            return _shown is not null;
        var current = Find(definitionJson, activityId);
        return current is null || _shown is null || !JsonNode.DeepEquals(WithoutLayout(current), WithoutLayout(_shown));
    }

    private static JsonObject? Find(string definitionJson, string activityId) =>
        (JsonNode.Parse(definitionJson)?["root"]?["activities"] as JsonArray)?
            .OfType<JsonObject>()
            .FirstOrDefault(a => a["id"] is JsonValue id && id.TryGetValue<string>(out var value) && value == activityId);

    private static JsonObject WithoutLayout(JsonObject activity)
    {
        var copy = activity.DeepClone().AsObject();
        copy.Remove("metadata");
        return copy;
    }
}
