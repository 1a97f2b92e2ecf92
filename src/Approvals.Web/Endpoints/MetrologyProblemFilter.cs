using System.Globalization;
using Approvals.Core.Findings;
using Approvals.Infrastructure.Metrology;
using Approvals.Web.Components.Shared;
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
            var errors = ex.ErrorsFor(CultureInfo.CurrentUICulture.Name);
            return TypedResults.ValidationProblem(errors, detail: $"{errors.Count} field(s) are not valid: {string.Join(", ", errors.Keys)}.");
        }
        catch (UploadRefusedException ex)
        {
            return Refused(ex.Findings);
        }
    }

    /// <summary>The findings in full, and in the detail said in the request's language.</summary>
    public static IResult Refused(IReadOnlyList<Finding> findings) =>
        TypedResults.Problem(
            detail: string.Join(" ", findings.Select(f => f.Message.Local())),
            statusCode: StatusCodes.Status400BadRequest,
            title: "The upload was refused; nothing was stored",
            extensions: new Dictionary<string, object?> { ["findings"] = findings });
}
