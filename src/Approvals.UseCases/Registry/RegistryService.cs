using Approvals.Core.Access;
using Approvals.Core.Applications;
using Approvals.Core.Districts;
using Approvals.Core.Findings;
using Approvals.Core.Registry;
using Approvals.Core.Workflow;
using Approvals.UseCases.Data;
using Microsoft.EntityFrameworkCore;
using Approvals.Text;
using Approvals.UseCases.Cases;

namespace Approvals.UseCases.Registry;

/// <summary>
/// Reads of the shared registry (注册、互认、证书). Every read is recorded in the read log: the reviewer who
/// looked, or the public check. Writes happen only in procedure steps (IssueRegistration / IssueRecognition).
/// </summary>
public sealed class RegistryService(IApprovalsDbContext db, DistrictDirectory districts, TimeProvider clock)
{
    public const string ReviewerPurpose = "ReviewerRead";
    public const string PublicCheckPurpose = "PublicCheck";

    /// <summary>Every record under a number (registration, recognition or certificate) or held by an ID number.</summary>
    public async Task<IReadOnlyList<RegistryRecordView>> SearchAsync(Caller caller, string? number, string? idNumber, CancellationToken cancellationToken)
    {
        if (!caller.IsReviewer)
            throw new ForbiddenRefusal(Texts.Text(Texts.RegistryService_OnlyReviewersReadRegistryPublicCheck));
        if (string.IsNullOrWhiteSpace(number) && string.IsNullOrWhiteSpace(idNumber))
            throw new CaseValidationException([new Finding(ApplicationFormValidator.RequiredCode, Texts.Text(Texts.RegistryService_GiveNumberOrIDNumberTo), "number")]);
        var records = await FindAsync(RegistryNumbers.NormalizeOrNull(number), idNumber?.Trim().ToUpperInvariant(), cancellationToken);
        var now = clock.GetUtcNow();
        var asked = number ?? idNumber!;
        foreach (var logged in records.Count == 0 ? [asked] : records.Select(r => r.Number))
        {
            db.RegistryReadLog.Add(new RegistryReadLog
            {
                ReaderUserId = caller.UserId,
                ReaderDistrictCode = caller.DistrictCode,
                Purpose = ReviewerPurpose,
                RecordNumber = logged.Length > 64 ? logged[..64] : logged,
                Found = records.Count > 0,
                ReadAt = now,
            });
        }
        await db.SaveChangesAsync(cancellationToken);
        return records;
    }

    /// <summary>The public check by number and holder name; null when nothing matches both (which is all it says).</summary>
    public async Task<PublicCheckResult?> CheckAsync(string number, string name, CancellationToken cancellationToken)
    {
        var normalized = RegistryNumbers.Normalize(number);
        var holder = name.Trim();
        var record = (await FindAsync(normalized, null, cancellationToken)).FirstOrDefault(r => r.HolderName == holder);
        db.RegistryReadLog.Add(new RegistryReadLog
        {
            Purpose = PublicCheckPurpose,
            RecordNumber = normalized.Length > 64 ? normalized[..64] : normalized,
            Found = record is not null,
            ReadAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
        if (record is null)
            return null;
        var validity = record.Validity ?? RegistryValidityView.From(RegistrationValidity.On(record.Status, record.ValidTo, null, ZoneTime.Today(clock.GetUtcNow())));
        return new PublicCheckResult(validity.Valid, record.Level, record.DistrictCode,
            districts.FindByCode(record.DistrictCode)?.Name ?? record.DistrictCode, validity.Status, record.ValidTo, validity.RenewalPending, validity.Text);
    }

    private Task<List<RegistryRecordView>> FindAsync(string? number, string? idNumber, CancellationToken cancellationToken) =>
        RegistryRecordReader.ReadAsync(db, ZoneTime.Today(clock.GetUtcNow()),
            r => (number != null && r.Number == number) || (idNumber != null && r.Person!.IdNumber == idNumber),
            r => (number != null && r.Number == number) || (idNumber != null && r.Person!.IdNumber == idNumber),
            c => (number != null && c.Number == number) || (idNumber != null && c.Person!.IdNumber == idNumber),
            cancellationToken);
}
