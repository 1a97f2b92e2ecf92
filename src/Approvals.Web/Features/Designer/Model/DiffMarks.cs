namespace Approvals.Web.Features.Designer.Model;

/// <summary>The activity ids the canvas colours when it draws one version against an earlier one.</summary>
public sealed record DiffMarks(IReadOnlyList<string> Added, IReadOnlyList<string> Removed, IReadOnlyList<string> Changed);
