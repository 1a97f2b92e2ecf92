using Approvals.Core.Access;
using Approvals.Core.Registry;
using Approvals.Core.Workflow;
using Approvals.Text;
using Approvals.UseCases.Data;
using Microsoft.EntityFrameworkCore;

namespace Approvals.UseCases.Registry;

/// <summary>
/// The bureau's view of a person or an enterprise (§5): reviewers and regulators find them in the shared registry and
/// read their registrations, certificates, history and the cases of their own district. Every search and every file
/// read is recorded in the registry read log under the reader.
/// </summary>
public sealed class RegistryLookup(IApprovalsDbContext db, TimeProvider clock)
{
    public const string LookupPurpose = "StaffLookup";
    private const int MaxMatches = 50;

    public async Task<RegistryMatches> FindAsync(Caller caller, string? query, CancellationToken cancellationToken)
    {
        RequireStaff(caller);
        var text = RegistryLookupQuery.Normalize(query);
        var upper = text.ToUpperInvariant();
        var number = RegistryNumbers.Normalize(text);
        var holders = db.Registrations.Where(r => r.Number == number).Select(r => r.PersonId)
            .Concat(db.Recognitions.Where(r => r.Number == number).Select(r => r.PersonId))
            .Concat(db.ProjectCertificates.Where(c => c.Number == number).Select(c => c.PersonId))
            .Concat(db.QualificationCertificates.Where(c => c.Number == number).Select(c => c.PersonId));
        var people = await db.Persons.AsNoTracking()
            .Where(p => p.IdNumber == upper || p.Name.Contains(text) || holders.Contains(p.Id))
            .OrderBy(p => p.Name).ThenBy(p => p.Id).Take(MaxMatches)
            .Select(p => new PersonMatch(p.Id, p.Name, p.IdNumber)).ToListAsync(cancellationToken);
        var enterprises = await db.Enterprises.AsNoTracking()
            .Where(e => e.CreditCode == upper || e.Name.Contains(text))
            .OrderBy(e => e.Name).ThenBy(e => e.Id).Take(MaxMatches)
            .Select(e => new EnterpriseMatch(e.Id, e.Name, e.CreditCode, e.DistrictCode)).ToListAsync(cancellationToken);
        if (people.Count == 0 && enterprises.Count == 0)
            RegistryLookupQuery.RefuseBadCheckCharacter(text, clock.GetUtcNow());
        await LogAsync(caller, [upper], people.Count + enterprises.Count > 0, cancellationToken);
        return new RegistryMatches(people, enterprises);
    }

    public async Task<PersonFile> PersonAsync(Caller caller, string personId, CancellationToken cancellationToken)
    {
        RequireStaff(caller);
        var person = await db.Persons.AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId, cancellationToken)
            ?? throw new NotFoundRefusal(Texts.Text(Texts.RegistryLookup_NoPerson));
        var records = await RegistryRecordReader.ReadAsync(db, Today,
            r => r.PersonId == person.Id, r => r.PersonId == person.Id, c => c.PersonId == person.Id, cancellationToken);
        var qualifications = await db.QualificationCertificates.AsNoTracking().Where(c => c.PersonId == person.Id).OrderBy(c => c.IssuedOn)
            .Select(c => new QualificationView(c.Number, c.Level, c.IssuedOn, c.Issuer)).ToListAsync(cancellationToken);
        var cases = await RegistryCases.VisibleAsync(db, caller, db.Applications.Where(a => a.IdNumber == person.IdNumber), cancellationToken);
        var history = await RegistryHistory.OfAsync(db, caller, [.. records.Select(r => r.Number)], cancellationToken);
        await LogAsync(caller, [.. records.Select(r => r.Number), .. qualifications.Select(q => q.Number), person.IdNumber], true, cancellationToken);
        return new PersonFile(new PersonMatch(person.Id, person.Name, person.IdNumber), records, qualifications, cases, history) { Email = person.Email };
    }

    public async Task<EnterpriseFile> EnterpriseAsync(Caller caller, string enterpriseId, CancellationToken cancellationToken)
    {
        RequireStaff(caller);
        var enterprise = await db.Enterprises.AsNoTracking().FirstOrDefaultAsync(e => e.Id == enterpriseId, cancellationToken)
            ?? throw new NotFoundRefusal(Texts.Text(Texts.RegistryLookup_NoEnterprise));
        var records = await RegistryRecordReader.ReadAsync(db, Today,
            r => r.EnterpriseId == enterprise.Id, r => r.EnterpriseId == enterprise.Id, _ => false, cancellationToken);
        var cases = await RegistryCases.VisibleAsync(db, caller, db.Applications.Where(a => a.EmployerCreditCode == enterprise.CreditCode), cancellationToken);
        var history = await RegistryHistory.OfAsync(db, caller, [.. records.Select(r => r.Number)], cancellationToken);
        await LogAsync(caller, [.. records.Select(r => r.Number), enterprise.CreditCode], true, cancellationToken);
        return new EnterpriseFile(new EnterpriseMatch(enterprise.Id, enterprise.Name, enterprise.CreditCode, enterprise.DistrictCode), records, cases, history);
    }

    private DateOnly Today => ZoneTime.Today(clock.GetUtcNow());

    internal static void RequireStaff(Caller caller)
    {
        if (!caller.IsReviewer && !caller.Roles.Contains(ApprovalsRoles.Regulator))
            throw new ForbiddenRefusal(Texts.Text(Texts.RegistryLookup_OnlyStaff));
    }

    /// <summary>One read-log entry per number disclosed (or asked), under the reader and their district.</summary>
    private async Task LogAsync(Caller caller, IEnumerable<string> numbers, bool found, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var number in numbers.Distinct(StringComparer.Ordinal))
        {
            db.RegistryReadLog.Add(new RegistryReadLog
            {
                ReaderUserId = caller.UserId,
                ReaderDistrictCode = caller.DistrictCode,
                Purpose = LookupPurpose,
                RecordNumber = number.Length > 64 ? number[..64] : number,
                Found = found,
                ReadAt = now,
            });
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
