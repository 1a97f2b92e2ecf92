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
            return ApiProblems.Unauthorized(ex.Text);
        }
        catch (CaseForbiddenException ex)
        {
            return ApiProblems.Forbidden(ex.Text);
        }
        catch (CaseNotFoundException ex)
        {
            return ApiProblems.NotFound(ex.Text);
        }
        catch (CaseConflictException ex)
        {
            return ApiProblems.Conflict(ex.Text);
        }
        catch (CaseValidationException ex)
        {
            return ApiProblems.InvalidFields(ex.ErrorsFor(CultureInfo.CurrentUICulture.Name));
        }
        catch (UploadRefusedException ex)
        {
            return Refused(ex.Findings);
        }
    }

    /// <summary>The findings in full, and in the detail said in the request's language.</summary>
    public static IResult Refused(IReadOnlyList<Finding> findings) =>
        ApiProblems.Problem(
            new(string.Concat(findings.Select(f => f.Message.ZhCn)), string.Join(" ", findings.Select(f => f.Message.En))),
            StatusCodes.Status400BadRequest,
            new("上传被拒绝，文件未保存", "The upload was refused; nothing was stored"),
            new Dictionary<string, object?> { ["findings"] = findings });
}
