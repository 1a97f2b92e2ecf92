using Approvals.Core.Findings;
using Approvals.Infrastructure.Metrology;
using Approvals.Web.Identity;

namespace Approvals.Web.Endpoints;

/// <summary>
/// Turns the case services' refusals into ProblemDetails: not signed in → 401, not yours → 403, no such case →
/// 404, wrong state → 409, invalid fields → 400 listing every field, a refused upload → 400 listing every finding.
/// </summary>
internal sealed class MetrologyProblemFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (CallerRequiredException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized");
        }
        catch (CaseForbiddenException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");
        }
        catch (CaseNotFoundException ex)
        {
            return ApiProblems.NotFound(ex.Message);
        }
        catch (CaseConflictException ex)
        {
            return ApiProblems.Conflict(ex.Message);
        }
        catch (CaseValidationException ex)
        {
            return TypedResults.ValidationProblem(ex.Errors, detail: $"{ex.Errors.Count} field(s) are not valid: {string.Join(", ", ex.Errors.Keys)}.");
        }
        catch (UploadRefusedException ex)
        {
            return Refused(ex.Findings, context.HttpContext);
        }
    }

    public static IResult Refused(IReadOnlyList<Finding> findings, HttpContext http)
    {
        var culture = http.Request.Headers.AcceptLanguage.ToString();
        return TypedResults.Problem(
            detail: string.Join(" ", findings.Select(f => f.Message.For(culture))),
            statusCode: StatusCodes.Status400BadRequest,
            title: "The upload was refused; nothing was stored",
            extensions: new Dictionary<string, object?> { ["findings"] = findings });
    }
}
