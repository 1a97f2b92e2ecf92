using System.Text.Json.Nodes;
using Approvals.Web.Authorization;
using Approvals.Web.Features.Instances.Api;
using Approvals.Workflows.Runtime;
using Microsoft.AspNetCore.Http.HttpResults;
using Approvals.Core.Access;
using Approvals.UseCases.Instances;
using Approvals.UseCases.Records;

namespace Approvals.Web.Features.Tasks.Api;

/// <summary>
/// Human tasks, scoped to the caller's district and roles inside the queries: a task of another district is
/// answered exactly like one that does not exist.
/// </summary>
public static class TasksApi
{
    public static RouteGroupBuilder MapTasksApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/tasks").WithTags("Tasks").RequireAuthorization(Policies.Staff)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/", List).WithSummary("The caller's district's tasks; ?mine=true for the ones they claimed, ?unassigned=true for the unclaimed.");
        group.MapGet("/{id}", Get);
        group.MapPost("/{id}/claim", Claim);
        group.MapPost("/{id}/release", Release);
        group.MapPost("/{id}/complete", Complete).WithSummary("A comment (the reason) is required for the outcomes the task lists in reasonRequiredFor.");
        return group;
    }

    public sealed record CompleteTaskRequest(string? Outcome, string? Comment, JsonObject? Data);

    private static async Task<Ok<IReadOnlyList<TaskView>>> List(HumanTaskStatus? status, string? role, string? district, string? instanceId, bool? mine, bool? unassigned, int? take,
        HttpContext http, WorkflowQueries queries, CancellationToken ct)
    {
        var filter = new TaskFilter(status, role, district, instanceId, take ?? 100, mine == true ? http.User.Identity?.Name : null, unassigned);
        return TypedResults.Ok(await queries.ListTasksAsync(filter, Caller.FromSignedIn(http.User), ct));
    }

    private static async Task<Ok<TaskView>> Get(string id, HttpContext http, WorkflowQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.GetTaskAsync(id, Caller.FromSignedIn(http.User), ct));

    private static async Task<NoContent> Claim(string id, HttpContext http, IWorkflowRuntime runtime, CancellationToken ct)
    {
        await runtime.ClaimTaskAsync(id, Caller.FromSignedIn(http.User), ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> Release(string id, HttpContext http, IWorkflowRuntime runtime, CancellationToken ct)
    {
        await runtime.ReleaseTaskAsync(id, Caller.FromSignedIn(http.User), ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<WorkflowInstancesApi.InstanceState>> Complete(
        string id, CompleteTaskRequest request, HttpContext http, IWorkflowRuntime runtime, CancellationToken ct)
    {
        var stimulus = new ResumeStimulus(request.Outcome, request.Data, Comment: request.Comment);
        var state = await runtime.CompleteTaskAsync(id, stimulus, Caller.FromSignedIn(http.User), ct);
        return TypedResults.Ok(WorkflowInstancesApi.InstanceState.From(state));
    }
}
