using Approvals.Text;
using Approvals.Web.Components.Shared;
using Approvals.Workflows.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Approvals.Web.Endpoints;

/// <summary>
/// ProblemDetails responses with a clear message in the request's language (title and detail); validation problems
/// list every error with its JSON path or field.
/// </summary>
public static class ApiProblems
{
    public static ProblemHttpResult NotFound(LocalizedText detail) =>
        Problem(detail, StatusCodes.Status404NotFound, new("未找到", "Not found"));

    public static ProblemHttpResult Conflict(LocalizedText detail) =>
        Problem(detail, StatusCodes.Status409Conflict, new("冲突", "Conflict"));

    public static ProblemHttpResult BadRequest(LocalizedText detail) =>
        Problem(detail, StatusCodes.Status400BadRequest, BadRequestTitle);

    public static ProblemHttpResult Forbidden(LocalizedText detail) =>
        Problem(detail, StatusCodes.Status403Forbidden, new("无权访问", "Forbidden"));

    public static ProblemHttpResult Unauthorized(LocalizedText detail, LocalizedText? title = null) =>
        Problem(detail, StatusCodes.Status401Unauthorized, title ?? new("需要登录", "Unauthorized"));

    public static readonly LocalizedText BadRequestTitle = new("请求有误", "Bad request");

    public static ProblemHttpResult Problem(LocalizedText detail, int statusCode, LocalizedText title, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail.Local(), statusCode: statusCode, title: title.Local(), extensions: extensions);

    /// <summary>Every problem of a definition, each message in the caller's language.</summary>
    public static ProblemHttpResult Invalid(IReadOnlyList<ValidationError> errors)
    {
        var problems = DefinitionProblem.From(errors);
        var listed = string.Join("; ", problems.Take(5).Select(e => $"{e.Path}: {e.Message}")) + (problems.Count > 5 ? "; …" : "");
        return Problem(
            new($"共 {problems.Count} 个问题：{listed}", $"{problems.Count} problem(s): {listed}"),
            StatusCodes.Status400BadRequest,
            new("流程定义有误", "The definition is not valid"),
            new Dictionary<string, object?> { ["errors"] = problems.Select(e => new { path = e.Path, message = e.Message }).ToList() });
    }

    /// <summary>Invalid fields, each with its messages (already in the caller's language), and a detail naming them.</summary>
    public static ValidationProblem InvalidFields(IDictionary<string, string[]> errors)
    {
        var fields = string.Join(", ", errors.Keys);
        return TypedResults.ValidationProblem(errors,
            detail: new LocalizedText($"有 {errors.Count} 个字段填写有误：{fields}。", $"{errors.Count} field(s) are not valid: {fields}.").Local(),
            title: new LocalizedText("填写的内容有误", "One or more fields are not valid").Local());
    }
}
