using System.Security.Cryptography;
using Approvals.Core.Access;
using Approvals.Core.Registry.Import;
using Approvals.Core.Workflow;
using Approvals.Text;
using Approvals.UseCases.Data;
using Approvals.UseCases.Records;
using Microsoft.EntityFrameworkCore;

namespace Approvals.UseCases.Registry.Import;

/// <summary>
/// Administrators bring the registrations and certificates that exist from before the platform into the registry:
/// a preview says what a file would write and which rows are refused; a confirmation writes it all in one save, or
/// nothing when any row is refused. Registrations written are chained on the registry-writes chain like those the
/// procedures issue; the import itself is recorded (who, when, file name and hash, rows).
/// </summary>
public sealed class RegistryImportService(
    IApprovalsDbContext db,
    RegistryImportReading reading,
    RegistryImportValidator validator,
    IRegistryImportFiles files,
    TimeProvider clock)
{
    public async Task<RegistryImportPreview> PreviewAsync(Caller caller, RegistryImportUpload upload, CancellationToken ct)
    {
        RequireAdministrator(caller);
        var check = await CheckAsync(upload, ct);
        return new RegistryImportPreview(upload.Kind, upload.FileName, Hash(upload.Content), check.RowCount, check.Accepted,
            check.Registrations, check.Certificates, check.Problems);
    }

    /// <exception cref="RegistryImportRefusal">A row is refused; nothing was written.</exception>
    public async Task<RegistryImportView> ImportAsync(Caller caller, RegistryImportUpload upload, CancellationToken ct)
    {
        RequireAdministrator(caller);
        var check = await CheckAsync(upload, ct);
        if (!check.Accepted)
            throw new RegistryImportRefusal(upload.Kind, check.Problems);
        var now = clock.GetUtcNow();
        var record = new RegistryImportRecord
        {
            Kind = upload.Kind,
            FileName = Path.GetFileName(upload.FileName) is { Length: > 0 and <= 260 } name ? name : "import",
            ContentHash = Hash(upload.Content),
            RowCount = check.RowCount,
            ImportedBy = caller.UserId,
            ImportedByName = caller.UserName ?? caller.Email,
            ImportedAt = now,
        };
        await RegistryImportWriter.AddAsync(db, check, record, ct);
        db.RegistryImports.Add(record);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex)
        {
            throw new ConflictRefusal(Texts.Text(Texts.RegistryImport_WrittenMeanwhile), ex);
        }
        return View(record);
    }

    /// <summary>The latest imports, newest first.</summary>
    public async Task<IReadOnlyList<RegistryImportView>> ListAsync(Caller caller, CancellationToken ct)
    {
        RequireAdministrator(caller);
        var records = await db.RegistryImports.AsNoTracking().OrderByDescending(i => i.Id).Take(50).ToListAsync(ct);
        return [.. records.Select(View)];
    }

    public RegistryImportTemplate Template(Caller caller, RegistryImportKind kind, RegistryImportFileType type)
    {
        RequireAdministrator(caller);
        var name = kind == RegistryImportKind.Registrations ? "registrations-import" : "certificates-import";
        return type == RegistryImportFileType.Csv
            ? new($"{name}.csv", "text/csv", files.Template(kind, type))
            : new($"{name}.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", files.Template(kind, type));
    }

    private async Task<RegistryImportCheck> CheckAsync(RegistryImportUpload upload, CancellationToken ct)
    {
        var today = ZoneTime.Today(clock.GetUtcNow());
        var check = validator.Validate(upload.Kind, reading.Read(upload), today);
        return check.With(await RegistryImportRegistryCheck.ProblemsAsync(db, check, today, ct));
    }

    private static void RequireAdministrator(Caller caller)
    {
        if (!caller.Roles.Contains(ApprovalsRoles.Administrator))
            throw new ForbiddenRefusal(Texts.Text(Texts.RegistryImport_OnlyAdministrators));
    }

    private static string Hash(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    private static RegistryImportView View(RegistryImportRecord r) =>
        new(r.Id, r.Kind, r.FileName, r.ContentHash, r.RowCount, r.ImportedBy, r.ImportedByName, r.ImportedAt);
}
