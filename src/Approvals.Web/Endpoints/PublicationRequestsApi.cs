using Approvals.Infrastructure.Workflows;
using Approvals.Infrastructure.Workflows.Publication;
using Approvals.Text;
using Approvals.Web.Authorization;
using Approvals.Web.Components.Shared;
using Approvals.Workflows.Diff;
using Microsoft.AspNetCore.Http.HttpResults;
using Approvals.UseCases.Definitions;
using Approvals.UseCases.Records;

namespace Approvals.Web.Endpoints;

/// <summary>
/// Two people publish a zone procedure: <c>POST /{definitionId}/publication-requests</c> asks with a reason; another
/// regulator of the approving body reads <c>GET /publication-requests/{id}</c> (with the diff) and approves or rejects.
/// </summary>
public static class PublicationRequestsApi
{
    private static readonly LocalizedText ReasonRequired = new("请填写理由。", "Give a reason.");
    private static readonly LocalizedText ReasonTooLong = new(
        $"理由不能超过 {PublicationRequestLimits.MaxReasonLength} 个字符。", $"A reason may be at most {PublicationRequestLimits.MaxReasonLength} characters.");

    public static void MapPublicationRequestsApi(this RouteGroupBuilder definitions)
    {
        definitions.MapPost("/{definitionId}/publication-requests", Request)
            .WithSummary("Asks a second regulator to publish the draft (or ?version / body version) of a procedure that needs approval.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        definitions.MapGet("/{definitionId}/publication-requests", ForDefinition);
        var requests = definitions.MapGroup("/publication-requests");
        requests.MapGet("/", List).WithSummary("Publication requests, newest first; ?status=Pending for the ones waiting.");
        requests.MapGet("/{requestId:long}", Get).WithSummary("A request, whether the caller may decide it, and its diff against the published version.");
        requests.MapPost("/{requestId:long}/approve", Approve).WithSummary("Validates again and publishes exactly the requested version.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        requests.MapPost("/{requestId:long}/reject", Reject)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
    }

    public sealed record PublicationRequestBody(int? Version, string? Reason);

    public sealed record DecisionBody(string? Reason);

    public sealed record PublicationRequestDetail(PublicationRequestView Request, bool MayDecide, DefinitionDiff? Diff);

    private static async Task<Results<Created<PublicationRequestView>, ValidationProblem>> Request(
        string definitionId, PublicationRequestBody body, HttpContext http, DefinitionPublications publications, CancellationToken ct)
    {
        if (ReasonProblem(body.Reason) is { } problem)
            return problem;
        var created = await publications.RequestAsync(definitionId, body.Version, body.Reason!, Publishers.From(http.User), ct);
        return TypedResults.Created($"/api/workflow-definitions/publication-requests/{created.Id}", created);
    }

    private static async Task<Ok<IReadOnlyList<PublicationRequestView>>> ForDefinition(
        string definitionId, WorkflowDefinitionService definitions, DefinitionPublications publications, CancellationToken ct)
    {
        await definitions.VersionsAsync(definitionId, ct); // 404 for a definition that does not exist
        return TypedResults.Ok(await publications.ListAsync(definitionId, null, ct));
    }

    private static async Task<Ok<IReadOnlyList<PublicationRequestView>>> List(PublicationRequestStatus? status, DefinitionPublications publications, CancellationToken ct) =>
        TypedResults.Ok(await publications.ListAsync(null, status, ct));

    private static async Task<Ok<PublicationRequestDetail>> Get(long requestId, HttpContext http, DefinitionPublications publications, CancellationToken ct)
    {
        var request = await publications.GetAsync(requestId, ct);
        return TypedResults.Ok(new PublicationRequestDetail(request, publications.MayDecide(request, Publishers.From(http.User)),
            await publications.DiffAsync(request, ct)));
    }

    private static async Task<Ok<DefinitionVersionInfo>> Approve(long requestId, HttpContext http, DefinitionPublications publications, CancellationToken ct) =>
        TypedResults.Ok(DefinitionVersionInfo.Of(await publications.ApproveAsync(requestId, Publishers.From(http.User), ct)));

    private static async Task<Results<Ok<PublicationRequestView>, ValidationProblem>> Reject(
        long requestId, DecisionBody body, HttpContext http, DefinitionPublications publications, CancellationToken ct)
    {
        if (ReasonProblem(body.Reason) is { } problem)
            return problem;
        return TypedResults.Ok(await publications.RejectAsync(requestId, body.Reason!, Publishers.From(http.User), ct));
    }

    private static ValidationProblem? ReasonProblem(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? ApiProblems.InvalidFields(new Dictionary<string, string[]> { ["reason"] = [ReasonRequired.Local()] })
        : reason.Trim().Length > PublicationRequestLimits.MaxReasonLength ? ApiProblems.InvalidFields(new Dictionary<string, string[]> { ["reason"] = [ReasonTooLong.Local()] })
        : null;
}
