namespace Approvals.Web.Features.Designer.Model;

/// <summary>
/// Why a structured editor's value cannot be applied yet: the row (0 for a single object), the property and
/// what is wrong with it; <see cref="Detail"/> carries the parser's message for an expression.
/// </summary>
public sealed record EditorProblem(int Row, string Field, EditorProblemKind Kind, string? Detail = null);

public enum EditorProblemKind
{
    Missing,
    Duplicate,
    /// <summary>A name the activity keeps for itself, such as Switch's "Default" port.</summary>
    Reserved,
    InvalidExpression,
}
