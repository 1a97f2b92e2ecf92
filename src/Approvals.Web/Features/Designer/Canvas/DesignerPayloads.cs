using Microsoft.AspNetCore.Components;

namespace Approvals.Web.Features.Designer.Canvas;

/// <summary>What <c>create</c> takes: how the canvas looks and where its palette and minimap go.</summary>
public sealed record DesignerOptions(
    bool ReadOnly,
    string Culture,
    IReadOnlyDictionary<string, string> PortLabels,
    ElementReference MinimapContainer,
    ElementReference? PaletteContainer);

/// <summary>One validation problem of an activity, as <c>markProblems</c> outlines it; a warning is drawn apart and blocks nothing.</summary>
public sealed record ProblemMark(string ActivityId, string Message, bool Warning = false);
