using Approvals.Core.Findings;

namespace Approvals.Infrastructure.Metrology;

/// <summary>No such case, or one the caller may not see (the two are not told apart).</summary>
public sealed class CaseNotFoundException(string message) : Exception(message);

/// <summary>The caller may see the case but not do this to it.</summary>
public sealed class CaseForbiddenException(string message) : Exception(message);

/// <summary>The case is not in a state that allows this (already submitted, already final ...).</summary>
public sealed class CaseConflictException(string message) : Exception(message);

/// <summary>A request with invalid fields; every field is listed.</summary>
public sealed class CaseValidationException(IDictionary<string, string[]> errors) : Exception("The request has invalid fields.")
{
    public IDictionary<string, string[]> Errors { get; } = errors;
}

/// <summary>An upload that was refused, with every reason; nothing was stored.</summary>
public sealed class UploadRefusedException(IReadOnlyList<Finding> findings) : Exception("The upload was refused.")
{
    public IReadOnlyList<Finding> Findings { get; } = findings;
}
