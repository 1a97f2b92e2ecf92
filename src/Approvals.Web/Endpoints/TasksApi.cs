using Approvals.Web.Authorization;
using System.Text.Json.Nodes;
using Approvals.Infrastructure.Persistence.Entities;
using Approvals.Infrastructure.Workflows;
using Approvals.Workflows.Runtime;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Approvals.Web.Endpoints;

public static class TasksApi
{
    public static RouteGroupBuilder MapTasksApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/tasks").WithTags("Tasks").RequireAuthorization(Policies.TaskWorker)
            .AddEndpointFilter<WorkflowProblemFilter>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/", List);
        group.MapGet("/{id}", Get);
        group.MapPost("/{id}/complete", Complete);
        return group;
    }

    public sealed record CompleteTaskRequest(string? Outcome, string? Comment, JsonObject? Data);

    private static async Task<Ok<IReadOnlyList<TaskView>>> List(HumanTaskStatus? status, string? role, string? district, string? instanceId, int? take,
        WorkflowQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.ListTasksAsync(new TaskFilter(status, role, district, instanceId, take ?? 100), ct));

    private static async Task<Ok<TaskView>> Get(string id, WorkflowQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.GetTaskAsync(id, ct));

    private static async Task<Results<Ok<WorkflowInstancesApi.InstanceState>, ProblemHttpResult>> Complete(
        string id, CompleteTaskRequest request, HttpContext http, WorkflowQueries queries, WorkflowRuntime runtime, CancellationToken ct)
    {
        var task = await queries.GetTaskAsync(id, ct);
        if (task.Status != HumanTaskStatus.Open)
            return ApiProblems.Conflict($"Task '{id}' is already {task.Status.ToString().ToLowerInvariant()}; it cannot be completed again.");
        if (string.IsNullOrWhiteSpace(request.Outcome))
            return ApiProblems.BadRequest($"outcome is required; this task offers: {string.Join(", ", task.Outcomes)}.");
        if (!task.Outcomes.Contains(request.Outcome, StringComparer.Ordinal))
            return ApiProblems.BadRequest($"Outcome '{request.Outcome}' is not offered by this task; choose one of: {string.Join(", ", task.Outcomes)}.");
        var stimulus = new ResumeStimulus(request.Outcome, request.Data, http.User.Identity?.Name, request.Comment);
        var state = await runtime.CompleteTaskAsync(id, stimulus, ct);
        return TypedResults.Ok(WorkflowInstancesApi.InstanceState.From(state));
    }
}
