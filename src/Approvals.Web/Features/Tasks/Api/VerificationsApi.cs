using Approvals.Core.Verification;
using Approvals.Text;
using Approvals.Web.Authorization;
using Approvals.Web.Api;
using Approvals.Web.Localization;
using Approvals.Web.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Approvals.UseCases.Cases;
using Approvals.UseCases.Verification;

namespace Approvals.Web.Features.Tasks.Api;

/// <summary>
/// Verification requests from other districts: the caller's district's list (open ones first, then the latest
/// closed ones) and the answers. An answer to a closed request (answered, timed out, superseded) is 409.
/// </summary>
public static class VerificationsApi
{
    public static RouteGroupBuilder MapVerificationsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/verifications").WithTags("Verifications").RequireAuthorization(Policies.Reviewer)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/", List);
        group.MapPost("/{id}/answer", Answer);
        return group;
    }

    /// <param name="Answer">Confirmed, Denied or NotFound.</param>
    public sealed record AnswerRequest(VerificationStatus? Answer, string? Comment);

    private static async Task<Ok<IReadOnlyList<VerificationView>>> List(ICallerContext callers, VerificationService verifications, CancellationToken ct) =>
        TypedResults.Ok(await verifications.ListForDistrictAsync(callers.Require(), ct));

    private static async Task<Ok<VerificationView>> Answer(string id, AnswerRequest request, ICallerContext callers, VerificationService verifications, CancellationToken ct)
    {
        if (request.Answer is not { } answer)
            throw new InvalidFieldsRefusal("answer", Texts.Text(Texts.VerificationsApi_AnswerIsRequiredConfirmedDeniedOr));
        return TypedResults.Ok(await verifications.AnswerAsync(callers.Require(), id, answer, request.Comment, ct));
    }
}
