using Approvals.Web.Authorization;
using Approvals.Web.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Approvals.UseCases.Cases;
using Approvals.UseCases.Employers;

namespace Approvals.Web.Features.Employer.Api;

/// <summary>
/// An enterprise account files applications for its staff in a batch and follows them: <c>/api/employer</c>. It sees
/// only the cases its own credit code filed; the staff members confirm and submit theirs under <c>/api/applications</c>.
/// </summary>
public static class EmployerApi
{
    public static RouteGroupBuilder MapEmployerApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/employer").WithTags("Employer").RequireAuthorization(Policies.Employer)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/batches", FileBatch);
        group.MapGet("/cases", List);
        group.MapGet("/cases/{id}", Get);
        group.MapPost("/cases/{id}/invitation", ResendInvitation).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapDelete("/cases/{id}", DeleteDraft).ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    /// <summary>Files one draft per staff member, or none when any row is wrong (every problem named by its row, <c>staff[i].field</c>).</summary>
    private static async Task<Created<IReadOnlyList<EmployerCaseView>>> FileBatch(EmployerBatchForm form, ICallerContext callers, EmployerFilingService filing, CancellationToken ct) =>
        TypedResults.Created("/api/employer/cases", await filing.FileAsync(callers.Require(), form, ct));

    private static async Task<Ok<IReadOnlyList<EmployerCaseView>>> List(ICallerContext callers, EmployerFilingService filing, CancellationToken ct) =>
        TypedResults.Ok(await filing.ListAsync(callers.Require(), ct));

    private static async Task<Ok<EmployerCaseView>> Get(string id, ICallerContext callers, EmployerFilingService filing, CancellationToken ct) =>
        TypedResults.Ok(await filing.GetAsync(callers.Require(), id, ct));

    /// <summary>Deletes a draft the enterprise filed, with its documents; 409 once its staff member submitted it.</summary>
    private static async Task<NoContent> DeleteDraft(string id, ICallerContext callers, DraftDeletion drafts, CancellationToken ct)
    {
        await drafts.DeleteFiledAsync(callers.Require(), id, ct);
        return TypedResults.NoContent();
    }

    /// <summary>Sends the case's staff member a new invitation (the earlier links stop working); 409 once they accepted one.</summary>
    private static async Task<Ok<EmployerCaseView>> ResendInvitation(string id, ICallerContext callers, EmployerFilingService filing, CancellationToken ct) =>
        TypedResults.Ok(await filing.ResendInvitationAsync(callers.Require(), id, ct));
}
