using Approvals.Core.Applications;
using Approvals.Text;
using Approvals.Web.Authorization;
using Approvals.Web.Api;
using Approvals.Web.Localization;
using Approvals.Web.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Approvals.UseCases.Cases;
using Approvals.UseCases.Documents;
using Approvals.UseCases.OfficialDocuments;

namespace Approvals.Web.Features.Applications.Api;

/// <summary>
/// The applicant's cases: <c>/api/applications</c>. Who may do what is decided in the services
/// (<see cref="Core.Access.ApplicationAccess"/>); the policies keep everyone else out before that:
/// applicants change their cases, reviewers of the districts involved read them.
/// </summary>
public static class ApplicationsApi
{
    public static RouteGroupBuilder MapApplicationsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/applications").WithTags("Applications").RequireAuthorization(Policies.CaseParticipant)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/", Create).RequireAuthorization(Policies.Applicant);
        group.MapGet("/", ListMine).RequireAuthorization(Policies.Applicant);
        group.MapPost("/precheck", Precheck).RequireAuthorization(Policies.Applicant);
        group.MapGet("/{id}", Get);
        group.MapPut("/{id}", Update).RequireAuthorization(Policies.Applicant);
        group.MapDelete("/{id}", DeleteDraft).RequireAuthorization(Policies.Applicant);
        group.MapPost("/{id}/check", Check).RequireAuthorization(Policies.Applicant);
        group.MapPost("/{id}/confirm", Confirm).RequireAuthorization(Policies.Applicant);
        group.MapPost("/{id}/submit", Submit).RequireAuthorization(Policies.Applicant);
        group.MapPost("/{id}/withdraw", Withdraw).RequireAuthorization(Policies.Applicant);
        group.MapPost("/{id}/documents", Upload).RequireAuthorization(Policies.Applicant);
        group.MapGet("/{id}/documents/{documentId}", Download);
        group.MapDelete("/{id}/documents/{documentId}", Delete).RequireAuthorization(Policies.Applicant);
        group.MapGet("/{id}/certificate.pdf", Certificate);
        group.MapGet("/{id}/official-documents", OfficialDocuments);
        group.MapGet("/{id}/official-documents/{number}", OfficialDocument);
        return group;
    }

    private static async Task<Created<ApplicationDetails>> Create(ApplicationForm form, ICallerContext callers, ApplicationService applications, CancellationToken ct)
    {
        var created = await applications.CreateAsync(callers.Require(), form, ct);
        return TypedResults.Created($"/api/applications/{created.Summary.Id}", created);
    }

    /// <summary>
    /// What the automatic check would find if the form were submitted now; nothing is saved. The body is the form
    /// of <c>POST /api/applications</c>; <paramref name="applicationId"/> names the caller's draft (or case in
    /// correction) whose uploaded documents count.
    /// </summary>
    private static async Task<Ok<PrecheckView>> Precheck(ApplicationForm form, string? applicationId, ICallerContext callers, ApplicationPrecheck precheck, CancellationToken ct) =>
        TypedResults.Ok(await precheck.CheckAsync(callers.Require(), form, applicationId, ct));

    /// <summary>
    /// What the automatic check would find if the caller's saved draft (or case in correction) were submitted now, as
    /// the DocumentCheck step reads it; nothing changes. Another's case is not found.
    /// </summary>
    private static async Task<Ok<PrecheckView>> Check(string id, ICallerContext callers, ApplicationPrecheck precheck, CancellationToken ct) =>
        TypedResults.Ok(await precheck.CheckSavedAsync(callers.Require(), id, ct));

    private static async Task<Ok<IReadOnlyList<ApplicationSummary>>> ListMine(ICallerContext callers, ApplicationService applications, CancellationToken ct) =>
        TypedResults.Ok(await applications.ListMineAsync(callers.Require(), ct));

    private static async Task<Ok<ApplicationDetails>> Get(string id, ICallerContext callers, ApplicationService applications, CancellationToken ct) =>
        TypedResults.Ok(await applications.GetAsync(callers.Require(), id, ct));

    private static async Task<Ok<ApplicationDetails>> Update(string id, ApplicationForm form, ICallerContext callers, ApplicationService applications, CancellationToken ct) =>
        TypedResults.Ok(await applications.UpdateAsync(callers.Require(), id, form, ct));

    /// <summary>The applicant confirms what their employer filed for them (我确认以上信息真实准确); it can be submitted only after.</summary>
    private static async Task<Ok<ApplicationDetails>> Confirm(string id, ICallerContext callers, ApplicationService applications, CancellationToken ct) =>
        TypedResults.Ok(await applications.ConfirmAsync(callers.Require(), id, ct));

    private static async Task<Ok<ApplicationDetails>> Submit(string id, ICallerContext callers, ApplicationService applications, CancellationToken ct) =>
        TypedResults.Ok(await applications.SubmitAsync(callers.Require(), id, ct));

    /// <summary>Deletes the caller's own draft: 404 for anyone else's, 409 once it is submitted.</summary>
    private static async Task<NoContent> DeleteDraft(string id, ICallerContext callers, DraftDeletion drafts, CancellationToken ct)
    {
        await drafts.DeleteAsync(callers.Require(), id, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<ApplicationDetails>> Withdraw(string id, ICallerContext callers, ApplicationService applications, CancellationToken ct) =>
        TypedResults.Ok(await applications.WithdrawAsync(callers.Require(), id, ct));

    /// <summary>
    /// One file per request (multipart field <c>file</c>) with its <c>kind</c> (a <see cref="DocumentKind"/>
    /// name), so each refused upload has its own answer. Read by hand rather than bound, so a missing field is
    /// listed with the others instead of failing binding.
    /// </summary>
    private static async Task<IResult> Upload(string id, HttpRequest request, ICallerContext callers, DocumentService documents, CancellationToken ct)
    {
        var caller = callers.Require();
        if (!request.HasFormContentType)
            throw new InvalidRefusal(Texts.Text(Texts.ApplicationsApi_SendDocumentAsMultipartFormData));
        var form = await request.ReadFormAsync(ct);
        var errors = new Dictionary<string, IReadOnlyList<LocalizedText>>();
        var file = form.Files.GetFile("file");
        if (file is null)
            errors["file"] = [Texts.Text(Texts.ApplicationsApi_FileIsRequiredAttachOnePDF)];
        if (!Enum.TryParse<DocumentKind>(form["kind"].ToString(), ignoreCase: false, out var kind) || !Enum.IsDefined(kind))
            errors["kind"] = [Texts.Text(Texts.ApplicationsApi_KindIsRequiredOneOf, string.Join("、", Enum.GetNames<DocumentKind>()), string.Join(", ", Enum.GetNames<DocumentKind>()))];
        if (errors.Count > 0)
            throw new InvalidFieldsRefusal(errors);
        await using var content = file!.OpenReadStream();
        var stored = await documents.UploadAsync(caller, id, kind, content, file.FileName, ct);
        return TypedResults.Created($"/api/applications/{id}/documents/{stored.Id}", stored);
    }

    /// <param name="inline">True to show the file in the page (reviewers read PDFs and photos inline) rather than download it.</param>
    private static async Task<IResult> Download(string id, string documentId, bool? inline, HttpContext http, ICallerContext callers, DocumentService documents, CancellationToken ct)
    {
        var (document, content) = await documents.OpenAsync(callers.Require(), id, documentId, ct);
        // The store only keeps files whose content matched their type; nosniff keeps the browser to that type.
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.Stream(content, document.MediaType, inline == true ? null : document.FileName);
    }

    /// <summary>The registration or recognition certificate of an approved case, for the same people as its documents.</summary>
    private static async Task<FileContentHttpResult> Certificate(string id, ICallerContext callers, OfficialDocumentService documents, CancellationToken ct)
    {
        var (fileName, pdf) = await documents.RenderCertificateAsync(callers.Require(), id, ct);
        return TypedResults.File(pdf, "application/pdf", fileName);
    }

    /// <summary>The numbered notices, decisions and certificates the case has issued, oldest first.</summary>
    private static async Task<Ok<IReadOnlyList<OfficialDocumentView>>> OfficialDocuments(string id, ICallerContext callers, OfficialDocumentService documents, CancellationToken ct) =>
        TypedResults.Ok(await documents.ListAsync(callers.Require(), id, ct));

    /// <summary>One of them as a PDF, by its number; the same number and text at every download.</summary>
    private static async Task<FileContentHttpResult> OfficialDocument(string id, string number, ICallerContext callers, OfficialDocumentService documents, CancellationToken ct)
    {
        var (fileName, pdf) = await documents.RenderAsync(callers.Require(), id, number, ct);
        return TypedResults.File(pdf, "application/pdf", fileName);
    }

    private static async Task<NoContent> Delete(string id, string documentId, ICallerContext callers, DocumentService documents, CancellationToken ct)
    {
        await documents.DeleteAsync(callers.Require(), id, documentId, ct);
        return TypedResults.NoContent();
    }
}
