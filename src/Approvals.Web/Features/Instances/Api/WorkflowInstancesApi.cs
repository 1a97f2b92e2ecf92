using Approvals.Text;
using Approvals.Web.Api;
using Approvals.Web.Authorization;
using System.Text.Json.Nodes;
using Approvals.Core.Applications;
using Approvals.Core.Districts;
using Approvals.Workflows.Runtime;
using Microsoft.AspNetCore.Http.HttpResults;
using Approvals.Core.Access;
using Approvals.UseCases.Instances;

namespace Approvals.Web.Features.Instances.Api;

/// <summary>
/// Workflow instances for regulators, scoped to the caller's district inside the queries: an instance of another
/// district is answered exactly like one that does not exist; the executive committee sees all. A case's
/// procedure is started only by its application (submit), never here: this API takes no correlation id.
/// </summary>
public static class WorkflowInstancesApi
{
    public static RouteGroupBuilder MapWorkflowInstancesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/workflow-instances").WithTags("Workflow instances").RequireAuthorization(Policies.Regulator)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/", List);
        group.MapPost("/", Start).WithSummary("Starts an instance in the caller's district (the executive committee may name any district); a case's procedure is started only by submitting its application.");
        group.MapGet("/{id}", Get).WithSummary("The instance with its tasks, journal and statutory clock.");
        group.MapGet("/{id}/statutory-clock", GetStatutoryClock).WithSummary("Working days used and left of the statutory limit; corrections stop the clock.");
        group.MapPost("/{id}/extend", Extend).WithSummary("Extends the case's statutory limit once by 10 working days with a reason (Administrative Licensing Law art. 42); the applicant is told.");
        group.MapPost("/{id}/cancel", Cancel);
        group.MapPost("/{id}/incidents/{incidentId}/retry", Retry);
        return group;
    }

    /// <param name="CorrelationId">Refused when given: only an application links an instance to itself, when it is submitted.</param>
    /// <param name="District">The district the instance belongs to: the caller's own (the default), or any zone district for the executive committee.</param>
    public sealed record StartInstanceRequest(string? DefinitionId, int? Version, string? CorrelationId, JsonObject? Input, string? District = null);

    /// <param name="Reason">Why the limit is extended; the applicant reads it.</param>
    public sealed record ExtendRequest(string? Reason);

    public sealed record InstanceState(string Id, string DefinitionId, int DefinitionVersion, string? CorrelationId, WorkflowStatus Status, string? PublicStatus)
    {
        public static InstanceState From(WorkflowInstanceState s) => new(s.Id, s.DefinitionId, s.DefinitionVersion, s.CorrelationId, s.Status, s.PublicStatus);
    }

    private static async Task<Ok<IReadOnlyList<InstanceSummary>>> List(string? definitionId, WorkflowStatus? status, string? correlationId, string? district, int? take,
        HttpContext http, WorkflowQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.ListInstancesAsync(new InstanceFilter(definitionId, status, correlationId, district, take ?? 100), Caller.FromSignedIn(http.User), ct));

    private static async Task<Created<InstanceState>> Start(StartInstanceRequest request, HttpContext http, IWorkflowRuntime runtime, DistrictDirectory districts, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.DefinitionId))
            throw new InvalidRefusal(Texts.Text(Texts.WorkflowInstancesApi_DefinitionIdIsRequiredNameProcedureTo));
        if (request.Version is <= 0)
            throw new InvalidRefusal(Texts.Text(Texts.WorkflowInstancesApi_VersionMustBePositiveNumberWhen));
        if (request.CorrelationId is not null)
            throw new InvalidRefusal(Texts.Text(Texts.WorkflowInstancesApi_CorrelationIdCannotBeGivenCaseS));
        var scope = Caller.FromSignedIn(http.User);
        var district = StartingDistrict.For(scope, request.District, districts);
        var state = await runtime.StartAsync(new InstanceStart(request.DefinitionId, request.Version, Input: request.Input, Actor: scope.UserName, District: district), ct);
        return TypedResults.Created($"/api/workflow-instances/{state.Id}", InstanceState.From(state));
    }

    private static async Task<Ok<InstanceDetails>> Get(string id, HttpContext http, WorkflowQueries queries, IStatutoryClock statutoryClock, CancellationToken ct)
    {
        var scope = Caller.FromSignedIn(http.User);
        return TypedResults.Ok(await queries.GetInstanceAsync(id, scope, ct) with { StatutoryClock = await statutoryClock.GetAsync(id, scope, ct) });
    }

    private static async Task<Ok<StatutoryClockView>> GetStatutoryClock(string id, HttpContext http, IStatutoryClock statutoryClock, CancellationToken ct) =>
        await statutoryClock.GetAsync(id, Caller.FromSignedIn(http.User), ct) is { } view
            ? TypedResults.Ok(view)
            : throw new NotFoundRefusal(Texts.Text(Texts.WorkflowInstancesApi_ProcedureOfInstanceHasNoStatutory, id));

    private static async Task<Ok<StatutoryClockView>> Extend(
        string id, ExtendRequest request, HttpContext http, IStatutoryLimitExtension extension, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Trim().Length > StatutoryExtensionRules.MaxReasonLength)
            throw new InvalidRefusal(StatutoryRefusals.ReasonRequired);
        return TypedResults.Ok(await extension.ExtendAsync(id, request.Reason, Caller.FromSignedIn(http.User), ct));
    }

    private static async Task<Ok<InstanceState>> Cancel(string id, HttpContext http, IWorkflowRuntime runtime, CancellationToken ct) =>
        TypedResults.Ok(InstanceState.From(await runtime.CancelAsync(id, Caller.FromSignedIn(http.User), ct)));

    private static async Task<Ok<InstanceState>> Retry(string id, string incidentId, HttpContext http, IWorkflowRuntime runtime, CancellationToken ct) =>
        TypedResults.Ok(InstanceState.From(await runtime.RetryIncidentAsync(id, incidentId, Caller.FromSignedIn(http.User), ct)));
}
