using Approvals.Infrastructure.Workflows;
using Approvals.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Web.Endpoints;

/// <summary>
/// Turns the runtime's refusals into ProblemDetails for every endpoint of a group: not found (or outside the caller's district) → 404, another role's task → 403, too late
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
            return ApiProblems.NotFound(ex.Message);
        }
        catch (WorkflowConflictException ex)
        {
            return ApiProblems.Conflict(ex.Message);
        }
        catch (TaskForbiddenException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");
        }
        catch (DbUpdateConcurrencyException)
        {
            return ApiProblems.Conflict("Another request changed this instance at the same time; reload it and try again.");
        }
        catch (DefinitionValidationException ex)
        {
            return ApiProblems.Invalid(ex.Errors);
        }
        catch (WorkflowRuntimeException ex)
        {
            return ex.Error switch
            {
                WorkflowRuntimeError.BookmarkNotFound or WorkflowRuntimeError.InstanceNotActive or WorkflowRuntimeError.ActorExcluded => ApiProblems.Conflict(ex.Message),
                WorkflowRuntimeError.IncidentNotFound => ApiProblems.NotFound(ex.Message),
                _ => ApiProblems.BadRequest(ex.Message),
            };
        }
    }
}
