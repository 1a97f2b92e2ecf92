using Approvals.Text;

namespace Approvals.Workflows.Validation;

/// <summary>
/// One problem of a definition, located by a JSON path such as <c>$.root.activities[3].inputs.title</c>, said in
/// Simplified Chinese and English: the designer and the API show it in their user's language.
/// </summary>
public sealed record ValidationError(string Path, LocalizedText Text)
{
    /// <summary>The English text, for logs, exceptions and scripts that do not choose a language.</summary>
    public string Message => Text.En;

    /// <summary>The text in a culture's language: English for <c>en*</c>, Simplified Chinese otherwise.</summary>
    public string MessageFor(string? culture) => Text.For(culture);
}
