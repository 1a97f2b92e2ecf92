using Approvals.Workflows.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Approvals.Web.Endpoints;

/// <summary>ProblemDetails responses with a clear message; validation problems list every error with its JSON path.</summary>
public static class ApiProblems
{
    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "Conflict");

    public static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Bad request");

    /// <summary>Every problem of a definition, each message in the caller's language.</summary>
    public static ProblemHttpResult Invalid(IReadOnlyList<ValidationError> errors, string title = "The definition is not valid")
    {
        var problems = DefinitionProblem.From(errors);
        return TypedResults.Problem(
            detail: $"{problems.Count} problem(s): " + string.Join("; ", problems.Take(5).Select(e => $"{e.Path}: {e.Message}")) + (problems.Count > 5 ? "; …" : ""),
            statusCode: StatusCodes.Status400BadRequest,
            title: title,
            extensions: new Dictionary<string, object?> { ["errors"] = problems.Select(e => new { path = e.Path, message = e.Message }).ToList() });
    }
}
