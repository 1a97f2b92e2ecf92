namespace Approvals.Core.Findings;

/// <summary>The outcome of a check: the parsed value when the input passed, the findings when it did not.</summary>
public sealed record CheckResult<T>(T? Value, IReadOnlyList<Finding> Findings) where T : class
{
    public bool IsValid => Value is not null && Findings.Count == 0;

    public static CheckResult<T> Valid(T value) => new(value, []);

    public static CheckResult<T> Invalid(IReadOnlyList<Finding> findings) =>
        findings.Count == 0
            ? throw new ArgumentException("An invalid result needs at least one finding.", nameof(findings))
            : new CheckResult<T>(null, findings);

    public static CheckResult<T> Invalid(Finding finding) => new(null, [finding]);
}
