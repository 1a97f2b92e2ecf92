using Approvals.Core.Applications;
using Approvals.Text;
using Approvals.UseCases.Cases;
using Approvals.UseCases.Documents;
using Approvals.UseCases.Endings;
using Approvals.Web.Authorization;
using Approvals.Web.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Approvals.Web.Features.Registry.Api;

/// <summary>
/// Ending a registration: a regulator of its district cancels (<c>…/cancellation</c>) or revokes (<c>…/revocation</c>)
/// it for the bureau, with reason and evidence (multipart: <c>reason</c>, <c>ground</c> for a cancellation, one or more
/// files <c>evidence</c>); the holder states their case against a revocation (<c>/api/applications/{id}/statement</c>:
/// <c>text</c> and optional files <c>document</c>).
/// </summary>
public static class RegistrationEndingsApi
{
    public static IEndpointRouteBuilder MapRegistrationEndingsApi(this IEndpointRouteBuilder routes)
    {
        var registrations = routes.MapGroup("/api/registry/registrations").WithTags("Registry")
            .RequireAuthorization(Policies.Regulator)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        registrations.MapPost("/{number}/cancellation", (string number, HttpRequest request, ICallerContext callers, RegistrationEndingService endings, CancellationToken ct) =>
            StartAsync(ApplicationType.Cancellation, number, request, callers, endings, ct));
        registrations.MapPost("/{number}/revocation", (string number, HttpRequest request, ICallerContext callers, RegistrationEndingService endings, CancellationToken ct) =>
            StartAsync(ApplicationType.Revocation, number, request, callers, endings, ct));

        routes.MapGroup("/api/applications").WithTags("Applications").RequireAuthorization(Policies.Applicant)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .MapPost("/{id}/statement", Statement);
        return routes;
    }

    private static async Task<Created<ApplicationDetails>> StartAsync(
        ApplicationType type, string number, HttpRequest request, ICallerContext callers, RegistrationEndingService endings, CancellationToken ct)
    {
        var caller = callers.Require();
        var form = await ReadFormAsync(request, ct);
        Enum.TryParse<CancellationGround>(form["ground"].ToString(), ignoreCase: false, out var ground);
        var files = Files(form, "evidence");
        try
        {
            var ending = new BureauEndingRequest(form["reason"].ToString(), form.ContainsKey("ground") && Enum.IsDefined(ground) ? ground : null, files);
            var started = await endings.StartAsync(caller, type, number, ending, ct);
            return TypedResults.Created($"/api/applications/{started.Summary.Id}", started);
        }
        finally
        {
            foreach (var file in files)
                await file.Content.DisposeAsync();
        }
    }

    private static async Task<Ok<ApplicationDetails>> Statement(string id, HttpRequest request, ICallerContext callers, RegistrationEndingService endings, CancellationToken ct)
    {
        var form = await ReadFormAsync(request, ct);
        var files = Files(form, "document");
        try
        {
            return TypedResults.Ok(await endings.SubmitStatementAsync(callers.Require(), id, form["text"].ToString(), files, ct));
        }
        finally
        {
            foreach (var file in files)
                await file.Content.DisposeAsync();
        }
    }

    private static async Task<IFormCollection> ReadFormAsync(HttpRequest request, CancellationToken ct) =>
        request.HasFormContentType
            ? await request.ReadFormAsync(ct)
            : throw new InvalidRefusal(Texts.Text(Texts.ApplicationsApi_SendDocumentAsMultipartFormData));

    private static List<UploadedFile> Files(IFormCollection form, string name) =>
        form.Files.GetFiles(name).Select(f => new UploadedFile(f.OpenReadStream(), f.FileName)).ToList();
}
