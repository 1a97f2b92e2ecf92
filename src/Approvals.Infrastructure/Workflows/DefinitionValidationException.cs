using Approvals.Workflows.Validation;

namespace Approvals.Infrastructure.Workflows;

/// <summary>A definition that cannot be saved or published; <see cref="Errors"/> lists every problem.</summary>
public sealed class DefinitionValidationException(IReadOnlyList<ValidationError> errors)
    : Exception($"The definition has {errors.Count} problem(s): " + string.Join("; ", errors.Select(e => $"{e.Path}: {e.Message}")))
{
    public IReadOnlyList<ValidationError> Errors { get; } = errors;
}
