using Approvals.Core.Findings;
using Approvals.Text;

namespace Approvals.UseCases.Cases;

/// <summary>A request with invalid fields; every problem is listed, each with its field and in both languages.</summary>
public sealed class CaseValidationException(IReadOnlyList<Finding> problems)
    : InvalidRefusal(Summary(problems), problems.GroupBy(p => p.Field ?? "").ToDictionary(g => g.Key, g => (IReadOnlyList<LocalizedText>)[.. g.Select(p => p.Message)]))
{
    public IReadOnlyList<Finding> Problems { get; } = problems;

    public override LocalizedText Title => new("填写的内容有误", "One or more fields are not valid");

    /// <summary>The messages by field, in a culture's language: the shape of a validation ProblemDetails.</summary>
    public IDictionary<string, string[]> ErrorsFor(string? culture) =>
        FieldErrors.ToDictionary(e => e.Key, e => e.Value.Select(m => m.For(culture)).ToArray());

    private static LocalizedText Summary(IReadOnlyList<Finding> problems)
    {
        var fields = string.Join(", ", problems.Select(p => p.Field ?? "").Distinct());
        var count = problems.Select(p => p.Field ?? "").Distinct().Count();
        return new($"有 {count} 个字段填写有误：{fields}。", $"{count} field(s) are not valid: {fields}.");
    }
}
