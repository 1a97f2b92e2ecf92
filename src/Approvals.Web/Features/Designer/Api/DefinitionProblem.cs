using Approvals.Web.Localization;
using Approvals.Workflows.Validation;

namespace Approvals.Web.Features.Designer.Api;

/// <summary>A definition's problem as the API returns it: where, and what in the caller's language.</summary>
public sealed record DefinitionProblem(string Path, string Message)
{
    public static IReadOnlyList<DefinitionProblem> From(IEnumerable<ValidationError> errors) =>
        [.. errors.Select(e => new DefinitionProblem(e.Path, e.Local()))];
}
