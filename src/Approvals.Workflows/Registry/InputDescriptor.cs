using System.Text.Json.Nodes;
using Approvals.Text;

namespace Approvals.Workflows.Registry;

public sealed record InputDescriptor(
    string Name,
    LocalizedText DisplayName,
    InputKind Kind,
    bool Required,
    LocalizedText Description)
{
    public JsonNode? Default { get; init; }

    /// <summary>Allowed values for <see cref="InputKind.Choice"/>.</summary>
    public IReadOnlyList<string>? Choices { get; init; }

    /// <summary>Whether the value may be an expression instead of a literal.</summary>
    public bool AcceptsExpression { get; init; } = true;

    /// <summary>
    /// Whether a literal value is a text with <c>{{ variables.x }}</c> placeholders (a mail's subject, a journal line);
    /// per-language texts always are.
    /// </summary>
    public bool IsTemplate { get; init; }
}
