using Approvals.Text;
using Approvals.Web.Components.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Approvals.Web.Endpoints;

/// <summary>
/// ProblemDetails an endpoint returns itself, for a request it checks before any service refuses it, with the same
/// titles as the refusals (which the exception handler answers): a clear message in the request's language.
/// </summary>
public static class ApiProblems
{
    public static ProblemHttpResult NotFound(LocalizedText detail) =>
        Problem(detail, StatusCodes.Status404NotFound, NotFoundRefusal.KindTitle);

    public static ProblemHttpResult Conflict(LocalizedText detail) =>
        Problem(detail, StatusCodes.Status409Conflict, ConflictRefusal.KindTitle);

    public static ProblemHttpResult BadRequest(LocalizedText detail) =>
        Problem(detail, StatusCodes.Status400BadRequest, InvalidRefusal.KindTitle);

    public static ProblemHttpResult Forbidden(LocalizedText detail) =>
        Problem(detail, StatusCodes.Status403Forbidden, ForbiddenRefusal.KindTitle);

    public static ProblemHttpResult Unauthorized(LocalizedText detail, LocalizedText? title = null) =>
        Problem(detail, StatusCodes.Status401Unauthorized, title ?? Texts.Text(Texts.ApiProblems_Unauthorized));

    public static ProblemHttpResult Problem(LocalizedText detail, int statusCode, LocalizedText title, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail.Local(), statusCode: statusCode, title: title.Local(), extensions: extensions);

    /// <summary>Invalid fields, each with its messages (already in the caller's language), and a detail naming them.</summary>
    public static ValidationProblem InvalidFields(IDictionary<string, string[]> errors)
    {
        var fields = string.Join(", ", errors.Keys);
        return TypedResults.ValidationProblem(errors,
            detail: Texts.Text(Texts.ApiProblems_FieldSAreNotValid, errors.Count, fields).Local(),
            title: Texts.Text(Texts.ApiProblems_OneOrMoreFieldsAreNot).Local());
    }
}
