using Approvals.Core.Findings;
using Approvals.Workflows.Registry;

namespace Approvals.Infrastructure.Metrology;

/// <summary>No such case, or one the caller may not see (the two are not told apart).</summary>
public sealed class CaseNotFoundException(LocalizedText text) : LocalizedException(text);

/// <summary>The caller may see the case but not do this to it.</summary>
public sealed class CaseForbiddenException(LocalizedText text) : LocalizedException(text);

/// <summary>The case is not in a state that allows this (already submitted, already final ...).</summary>
public sealed class CaseConflictException(LocalizedText text) : LocalizedException(text);

/// <summary>A request with invalid fields; every problem is listed, each with its field and in both languages.</summary>
public sealed class CaseValidationException(IReadOnlyList<Finding> problems)
    : Exception("The request has invalid fields: " + string.Join(" ", problems.Select(p => $"{p.Field}: {p.Message.En}")))
{
    public IReadOnlyList<Finding> Problems { get; } = problems;

    /// <summary>The messages by field, in a culture's language: the shape of a validation ProblemDetails.</summary>
    public IDictionary<string, string[]> ErrorsFor(string? culture) =>
        Problems.GroupBy(p => p.Field ?? "").ToDictionary(g => g.Key, g => g.Select(p => p.Message.For(culture)).ToArray());
}

/// <summary>An upload that was refused, with every reason; nothing was stored.</summary>
public sealed class UploadRefusedException(IReadOnlyList<Finding> findings) : Exception("The upload was refused.")
{
    public IReadOnlyList<Finding> Findings { get; } = findings;
}
