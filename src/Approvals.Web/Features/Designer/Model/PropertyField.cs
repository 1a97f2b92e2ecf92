using System.Text.Json.Nodes;

namespace Approvals.Web.Features.Designer.Model;

/// <summary>One row of the property panel: an input of the activity, its editor and its current value.</summary>
public sealed record PropertyField(
    string Name,
    string Label,
    string Help,
    PropertyEditorKind Editor,
    bool Required,
    bool AcceptsExpression,
    IReadOnlyList<EditorOption> Options,
    EditorValue Value)
{
    /// <summary>The input's JSON as the definition holds it (a copy): what the structured editors read.</summary>
    public JsonNode? Input { get; init; }
}

/// <summary>A choice of a select or picker: the value saved and the label shown.</summary>
public sealed record EditorOption(string Value, string Label);

/// <summary>
/// What an editor shows: the text form of the value, or the expression when the input is one.
/// Numbers and booleans use the invariant culture ("1.5", "true"); lists one item per line.
/// </summary>
public sealed record EditorValue(bool IsExpression, string Text)
{
    /// <summary>The expression's language: JavaScript, or Liquid for a text template.</summary>
    public string Language { get; init; } = Approvals.Workflows.Expressions.InputValue.JavaScript;

    public static EditorValue Empty { get; } = new(false, "");
}
