using System.Text.Json.Nodes;
using Approvals.Workflows.Models;
using Approvals.Workflows.Registry;

namespace Approvals.Web.Features.Designer.Model;

/// <summary>The property panel of one activity: its name and one field per input the descriptor declares.</summary>
public sealed record PropertyPanelModel(
    string ActivityId,
    string Type,
    string TypeDisplayName,
    string Description,
    string Name,
    IReadOnlyList<PropertyField> Fields)
{
    /// <summary>The English name; <see cref="Name"/> is the Chinese one.</summary>
    public string NameEn { get; init; } = "";

    /// <summary>The activity type's descriptor, for what depends on several inputs (the outcomes an escalation may take).</summary>
    public required ActivityDescriptor Descriptor { get; init; }

    /// <summary>
    /// The outcome ports the activity declares when its inputs are <paramref name="inputs"/> (the panel's own
    /// edits included); null when an expression makes them known only at run time.
    /// </summary>
    public IReadOnlyList<string>? OutcomesWith(JsonObject inputs) =>
        ActivityPorts.Of(new ActivityModel { Id = ActivityId, Type = Type, Inputs = inputs }, Descriptor);
}
