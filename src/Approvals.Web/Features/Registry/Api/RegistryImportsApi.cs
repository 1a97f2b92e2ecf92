using Approvals.Core.Registry.Import;
using Approvals.Text;
using Approvals.UseCases.Registry.Import;
using Approvals.Web.Api;
using Approvals.Web.Authorization;
using Approvals.Web.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Approvals.Web.Features.Registry.Api;

/// <summary>
/// Import of the registrations and certificates that exist from before the platform (administrators only): templates to
/// download, a preview that writes nothing, and the import itself, all or nothing. Each upload is multipart with the
/// fields <c>kind</c> (<c>Registrations</c> or <c>Certificates</c>) and <c>file</c> (.csv or .xlsx).
/// </summary>
public static class RegistryImportsApi
{
    public static RouteGroupBuilder MapRegistryImportsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/admin/registry-imports").WithTags("Registry import").RequireAuthorization(Policies.Administrator)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/", List).WithSummary("The latest confirmed imports: who, when, file name and hash, rows.");
        group.MapGet("/templates/{kind}/{format}", Template).WithSummary("An empty file to fill: kind registrations or certificates, format csv or xlsx.");
        group.MapPost("/preview", Preview).WithSummary("What the file would write and every refused row (row, column, reason); writes nothing.");
        group.MapPost("/", Import).WithSummary("Writes the whole file in one transaction, or nothing when any row is refused (the answer's rows list them).")
            .ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    /// <summary>A preview with the refused rows in the reader's language.</summary>
    public sealed record PreviewView(
        RegistryImportKind Kind,
        string FileName,
        string ContentHash,
        int RowCount,
        bool Accepted,
        IReadOnlyList<ImportedRegistration> Registrations,
        IReadOnlyList<ImportedCertificate> Certificates,
        IReadOnlyList<RegistryImportReportLine> Rows);

    private static async Task<Ok<IReadOnlyList<RegistryImportView>>> List(ICallerContext callers, RegistryImportService imports, CancellationToken ct) =>
        TypedResults.Ok(await imports.ListAsync(callers.Require(), ct));

    private static FileContentHttpResult Template(string kind, string format, ICallerContext callers, RegistryImportService imports)
    {
        var errors = new Dictionary<string, IReadOnlyList<LocalizedText>>();
        if (!TryKind(kind, out var parsedKind))
            errors["kind"] = [Texts.Text(Texts.RegistryImportsApi_KindUnknown)];
        if (!Enum.TryParse<RegistryImportFileType>(format, ignoreCase: true, out var type) || !Enum.IsDefined(type) || format.Any(char.IsAsciiDigit))
            errors["format"] = [Texts.Text(Texts.RegistryImportsApi_FormatUnknown)];
        if (errors.Count > 0)
            throw new InvalidFieldsRefusal(errors);
        var template = imports.Template(callers.Require(), parsedKind, type);
        return TypedResults.File(template.Content, template.ContentType, template.FileName);
    }

    private static async Task<Ok<PreviewView>> Preview(HttpRequest request, ICallerContext callers, RegistryImportService imports, RegistryImportReading reading, CancellationToken ct)
    {
        var caller = callers.Require();
        var preview = await imports.PreviewAsync(caller, await UploadAsync(request, reading, ct), ct);
        var culture = RequestLanguage.Of(request.HttpContext);
        return TypedResults.Ok(new PreviewView(preview.Kind, preview.FileName, preview.ContentHash, preview.RowCount, preview.Accepted,
            preview.Registrations, preview.Certificates, RegistryImportReport.For(preview.Kind, preview.Problems, culture)));
    }

    private static async Task<Created<RegistryImportView>> Import(HttpRequest request, ICallerContext callers, RegistryImportService imports, RegistryImportReading reading, CancellationToken ct)
    {
        var caller = callers.Require();
        var imported = await imports.ImportAsync(caller, await UploadAsync(request, reading, ct), ct);
        return TypedResults.Created($"/api/admin/registry-imports/{imported.Id}", imported);
    }

    /// <summary>Read by hand rather than bound, so a missing field is listed with the others and a large file is refused before it is read.</summary>
    private static async Task<RegistryImportUpload> UploadAsync(HttpRequest request, RegistryImportReading reading, CancellationToken ct)
    {
        if (!request.HasFormContentType)
            throw new InvalidRefusal(Texts.Text(Texts.RegistryImportsApi_SendMultipart));
        var form = await request.ReadFormAsync(ct);
        var errors = new Dictionary<string, IReadOnlyList<LocalizedText>>();
        var file = form.Files.GetFile("file");
        if (file is null)
            errors["file"] = [Texts.Text(Texts.RegistryImportsApi_FileRequired)];
        if (!TryKind(form["kind"].ToString(), out var kind))
            errors["kind"] = [Texts.Text(Texts.RegistryImportsApi_KindUnknown)];
        if (errors.Count > 0)
            throw new InvalidFieldsRefusal(errors);
        reading.EnsureSize(file!.Length);
        using var content = new MemoryStream((int)file.Length);
        await file.CopyToAsync(content, ct);
        return new RegistryImportUpload(kind, file.FileName, content.ToArray());
    }

    private static bool TryKind(string? text, out RegistryImportKind kind) =>
        Enum.TryParse(text, ignoreCase: true, out kind) && Enum.IsDefined(kind) && !text!.Any(char.IsAsciiDigit);
}
