namespace Approvals.Web.Designer;

/// <summary>The property panel of one activity: its name and one field per input the descriptor declares.</summary>
public sealed record PropertyPanelModel(
    string ActivityId,
    string Type,
    string TypeDisplayName,
    string Description,
    string Name,
    IReadOnlyList<PropertyField> Fields);
