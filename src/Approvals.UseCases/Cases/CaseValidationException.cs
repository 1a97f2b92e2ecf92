using Approvals.Core.Findings;
using Approvals.Text;

namespace Approvals.UseCases.Cases;

/// <summary>A request with invalid fields; every problem is listed, each with its field and in both languages.</summary>
/// <param name="atFields">
/// The same problems as a form shows each under its field, when the listed text says more than the field needs (a batch
/// names the row, which the form's row already shows); by default the listed ones.
/// </param>
public sealed class CaseValidationException(IReadOnlyList<Finding> problems, IReadOnlyList<Finding>? atFields = null)
    : InvalidFieldsRefusal(problems.GroupBy(p => p.Field ?? "").ToDictionary(g => g.Key, g => (IReadOnlyList<LocalizedText>)[.. g.Select(p => p.Message)]))
{
    public IReadOnlyList<Finding> Problems { get; } = problems;

    public IReadOnlyList<Finding> AtFields { get; } = atFields ?? problems;

    /// <summary>The messages by field, in a culture's language: the shape of a validation ProblemDetails.</summary>
    public IDictionary<string, string[]> ErrorsFor(string? culture) =>
        FieldErrors.ToDictionary(e => e.Key, e => e.Value.Select(m => m.For(culture)).ToArray());
}
