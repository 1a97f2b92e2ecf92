using Approvals.Core.Findings;
using Approvals.Text;

namespace Approvals.Infrastructure.Metrology;

/// <summary>A request with invalid fields; every problem is listed, each with its field and in both languages.</summary>
public sealed class CaseValidationException(IReadOnlyList<Finding> problems)
    : InvalidRefusal(Summary(problems), problems.GroupBy(p => p.Field ?? "").ToDictionary(g => g.Key, g => (IReadOnlyList<LocalizedText>)[.. g.Select(p => p.Message)]))
{
    public IReadOnlyList<Finding> Problems { get; } = problems;

    public override LocalizedText Title => Texts.Text(Texts.CaseValidationException_OneOrMoreFieldsAreNot);

    /// <summary>The messages by field, in a culture's language: the shape of a validation ProblemDetails.</summary>
    public IDictionary<string, string[]> ErrorsFor(string? culture) =>
        FieldErrors.ToDictionary(e => e.Key, e => e.Value.Select(m => m.For(culture)).ToArray());

    private static LocalizedText Summary(IReadOnlyList<Finding> problems)
    {
        var fields = string.Join(", ", problems.Select(p => p.Field ?? "").Distinct());
        var count = problems.Select(p => p.Field ?? "").Distinct().Count();
        return Texts.Text(Texts.CaseValidationException_FieldSAreNotValid, count, fields);
    }
}
