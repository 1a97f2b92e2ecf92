using Approvals.Web.Authorization;
using System.Text.Json.Nodes;
using Approvals.Infrastructure.Deadlines;
using Approvals.Infrastructure.Workflows;
using Approvals.Workflows.Runtime;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Approvals.Web.Endpoints;

public static class WorkflowInstancesApi
{
    public static RouteGroupBuilder MapWorkflowInstancesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/workflow-instances").WithTags("Workflow instances").RequireAuthorization(Policies.Regulator)
            .AddEndpointFilter<WorkflowProblemFilter>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/", List);
        group.MapPost("/", Start);
        group.MapGet("/{id}", Get).WithSummary("The instance with its tasks, journal and statutory clock.");
        group.MapGet("/{id}/statutory-clock", GetStatutoryClock).WithSummary("Working days used and left of the statutory limit; corrections stop the clock.");
        group.MapPost("/{id}/cancel", Cancel);
        group.MapPost("/{id}/incidents/{incidentId}/retry", Retry);
        return group;
    }

    public sealed record StartInstanceRequest(string? DefinitionId, int? Version, string? CorrelationId, JsonObject? Input);

    public sealed record InstanceState(string Id, string DefinitionId, int DefinitionVersion, string? CorrelationId, WorkflowStatus Status, string? PublicStatus)
    {
        public static InstanceState From(WorkflowInstanceState s) => new(s.Id, s.DefinitionId, s.DefinitionVersion, s.CorrelationId, s.Status, s.PublicStatus);
    }

    private static async Task<Ok<IReadOnlyList<InstanceSummary>>> List(string? definitionId, WorkflowStatus? status, string? correlationId, string? district, int? take,
        WorkflowQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.ListInstancesAsync(new InstanceFilter(definitionId, status, correlationId, district, take ?? 100), ct));

    private static async Task<Results<Created<InstanceState>, ProblemHttpResult>> Start(StartInstanceRequest request, HttpContext http, WorkflowRuntime runtime, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.DefinitionId))
            return ApiProblems.BadRequest(new("缺少 definitionId：请指明要启动的流程。", "definitionId is required: name the procedure to start."));
        if (request.Version is <= 0)
            return ApiProblems.BadRequest(new("version 如填写，必须是正整数。", "version must be a positive number when given."));
        var state = await runtime.StartAsync(request.DefinitionId, request.Version, request.CorrelationId, request.Input, http.User.Identity?.Name, ct);
        return TypedResults.Created($"/api/workflow-instances/{state.Id}", InstanceState.From(state));
    }

    private static async Task<Ok<InstanceDetails>> Get(string id, WorkflowQueries queries, StatutoryClock statutoryClock, CancellationToken ct) =>
        TypedResults.Ok(await queries.GetInstanceAsync(id, ct) with { StatutoryClock = await statutoryClock.GetAsync(id, ct) });

    private static async Task<Results<Ok<StatutoryClockView>, ProblemHttpResult>> GetStatutoryClock(string id, StatutoryClock statutoryClock, CancellationToken ct) =>
        await statutoryClock.GetAsync(id, ct) is { } view
            ? TypedResults.Ok(view)
            : ApiProblems.NotFound(new(
                $"流程实例“{id}”所属的流程没有法定办理时限（请设置 StatutoryLimits:Definitions 或 statutoryLimit 变量）。",
                $"The procedure of instance '{id}' has no statutory time limit (set StatutoryLimits:Definitions or a 'statutoryLimit' variable)."));

    private static async Task<Ok<InstanceState>> Cancel(string id, HttpContext http, WorkflowRuntime runtime, CancellationToken ct) =>
        TypedResults.Ok(InstanceState.From(await runtime.CancelAsync(id, http.User.Identity?.Name, ct)));

    private static async Task<Ok<InstanceState>> Retry(string id, string incidentId, HttpContext http, WorkflowRuntime runtime, CancellationToken ct) =>
        TypedResults.Ok(InstanceState.From(await runtime.RetryIncidentAsync(id, incidentId, http.User.Identity?.Name, ct)));
}
