using Approvals.Infrastructure.Workflows;
using Approvals.Infrastructure.Workflows.Publication;
using Approvals.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Web.Endpoints;

/// <summary>
/// Turns the runtime's refusals into ProblemDetails for every endpoint of a group: not found (or outside the caller's district) → 404, another role's task or a publication step the caller may not take → 403, too late
/// (already completed, lost a race) → 409, a definition or stimulus that does not fit → 400. Nothing was changed.
/// </summary>
internal sealed class WorkflowProblemFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (WorkflowNotFoundException ex)
        {
            return ApiProblems.NotFound(ex.Text);
        }
        catch (WorkflowConflictException ex)
        {
            return ApiProblems.Conflict(ex.Text);
        }
        catch (TaskForbiddenException ex)
        {
            return ApiProblems.Forbidden(ex.Text);
        }
        catch (PublicationForbiddenException ex)
        {
            return ApiProblems.Forbidden(ex.Text);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ApiProblems.Conflict(new("另一个请求同时修改了该流程实例，请重新加载后再试。", "Another request changed this instance at the same time; reload it and try again."));
        }
        catch (DefinitionValidationException ex)
        {
            return ApiProblems.Invalid(ex.Errors);
        }
        catch (WorkflowRuntimeException ex)
        {
            return ex.Error switch
            {
                WorkflowRuntimeError.BookmarkNotFound or WorkflowRuntimeError.InstanceNotActive or WorkflowRuntimeError.ActorExcluded => ApiProblems.Conflict(ex.Text),
                WorkflowRuntimeError.IncidentNotFound => ApiProblems.NotFound(ex.Text),
                _ => ApiProblems.BadRequest(ex.Text),
            };
        }
    }
}
