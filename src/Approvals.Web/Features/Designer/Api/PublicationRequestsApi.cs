using Approvals.Text;
using Approvals.Core.Access;
using Approvals.Web.Api;
using Approvals.Web.Authorization;
using Approvals.Web.Localization;
using Approvals.Workflows.Diff;
using Microsoft.AspNetCore.Http.HttpResults;
using Approvals.UseCases.Definitions;
using Approvals.UseCases.Publications;
using Approvals.UseCases.Records;

namespace Approvals.Web.Features.Designer.Api;

/// <summary>
/// Two people publish a zone procedure: <c>POST /{definitionId}/publication-requests</c> asks with a reason; another
/// regulator of the approving body reads <c>GET /publication-requests/{id}</c> (with the diff) and approves or rejects.
/// </summary>
public static class PublicationRequestsApi
{
    private static readonly LocalizedText ReasonRequired = Texts.Text(Texts.PublicationRequestsApi_GiveReason);
    private static readonly LocalizedText ReasonTooLong = Texts.Text(Texts.PublicationRequestsApi_ReasonMayBeAtMostCharacters, PublicationRequestLimits.MaxReasonLength);

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

    private static async Task<Created<PublicationRequestView>> Request(
        string definitionId, PublicationRequestBody body, HttpContext http, IDefinitionPublications publications, CancellationToken ct)
    {
        RequireReason(body.Reason);
        var created = await publications.RequestAsync(definitionId, body.Version, body.Reason!, Caller.FromSignedIn(http.User), ct);
        return TypedResults.Created($"/api/workflow-definitions/publication-requests/{created.Id}", created);
    }

    private static async Task<Ok<IReadOnlyList<PublicationRequestView>>> ForDefinition(
        string definitionId, IWorkflowDefinitions definitions, IDefinitionPublications publications, CancellationToken ct)
    {
        await definitions.VersionsAsync(definitionId, ct); // 404 for a definition that does not exist
        return TypedResults.Ok(await publications.ListAsync(definitionId, null, ct));
    }

    private static async Task<Ok<IReadOnlyList<PublicationRequestView>>> List(PublicationRequestStatus? status, IDefinitionPublications publications, CancellationToken ct) =>
        TypedResults.Ok(await publications.ListAsync(null, status, ct));

    private static async Task<Ok<PublicationRequestDetail>> Get(long requestId, HttpContext http, IDefinitionPublications publications, CancellationToken ct)
    {
        var request = await publications.GetAsync(requestId, ct);
        return TypedResults.Ok(new PublicationRequestDetail(request, publications.MayDecide(request, Caller.FromSignedIn(http.User)),
            await publications.DiffAsync(request, ct)));
    }

    private static async Task<Ok<DefinitionVersionInfo>> Approve(long requestId, HttpContext http, IDefinitionPublications publications, CancellationToken ct) =>
        TypedResults.Ok(DefinitionVersionInfo.Of(await publications.ApproveAsync(requestId, Caller.FromSignedIn(http.User), ct)));

    private static async Task<Ok<PublicationRequestView>> Reject(
        long requestId, DecisionBody body, HttpContext http, IDefinitionPublications publications, CancellationToken ct)
    {
        RequireReason(body.Reason);
        return TypedResults.Ok(await publications.RejectAsync(requestId, body.Reason!, Caller.FromSignedIn(http.User), ct));
    }

    private static void RequireReason(string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
            throw new InvalidFieldsRefusal("reason", ReasonRequired);
        if (reason.Trim().Length > PublicationRequestLimits.MaxReasonLength)
            throw new InvalidFieldsRefusal("reason", ReasonTooLong);
    }
}
