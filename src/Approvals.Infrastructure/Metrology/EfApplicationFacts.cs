using Approvals.UseCases.Cases;
using Approvals.UseCases.Data;
using Approvals.Core.Applications;
using Approvals.Core.Checks;
using Approvals.Core.Registry;
using Approvals.Core.Workflow;
using Approvals.Infrastructure.Metrology.Applications;
using Approvals.Infrastructure.Metrology.Registry;
using Approvals.Infrastructure.Persistence;
using Approvals.Infrastructure.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.Infrastructure.Metrology;

/// <summary>
/// The domain activities' reads. Activities are singletons and a step's own context belongs to the runtime,
/// so each read opens a short scope of its own and sees committed data only (save the case whose submission commits
/// with this very step, <see cref="CaseUnderSubmission"/>); everything a step changes goes through effects into the
/// step's transaction, never through here.
/// </summary>
internal sealed class EfApplicationFacts(IServiceScopeFactory scopes) : IApplicationFacts
{
    private static readonly ApplicationStatus[] OpenStatuses =
        Enum.GetValues<ApplicationStatus>().Where(s => s.IsOpen()).ToArray();

    public Task<Application?> FindApplicationAsync(string applicationId, CancellationToken cancellationToken) =>
        ReadAsync(db => FindAsync(db, applicationId, cancellationToken));

    public Task<ApplicationCheckFacts?> LoadForCheckAsync(string applicationId, DateOnly today, CancellationToken cancellationToken) =>
        ReadAsync(async db => await FindAsync(db, applicationId, cancellationToken) is { } application
            ? await GatherAsync(db, application, today, cancellationToken)
            : null);

    public Task<ApplicationCheckFacts> GatherForCheckAsync(Application application, DateOnly today, CancellationToken cancellationToken) =>
        ReadAsync(db => GatherAsync(db, application, today, cancellationToken));

    private static async Task<ApplicationCheckFacts> GatherAsync(ApprovalsDbContext db, Application application, DateOnly today, CancellationToken cancellationToken)
    {
        var idNumber = application.IdNumber ?? "";
        var active = await db.Registrations.AsNoTracking()
            .Where(r => r.Person!.IdNumber == idNumber && r.Status == RegistrationStatus.Active && r.ValidTo >= today)
            .FirstOrDefaultAsync(cancellationToken);
        var otherOpen = await db.Applications.AsNoTracking()
            .AnyAsync(a => a.Id != application.Id && a.IdNumber == idNumber && a.Type == application.Type && OpenStatuses.Contains(a.Status), cancellationToken);
        var records = await ReadDecidingRecordsAsync(db, application, cancellationToken);
        var named = NamedNumber(application);
        var namedKind = records.NamedRegistration is not null ? RegistryRecordKind.Registration
            : named is null ? (RegistryRecordKind?)null
            : await db.Recognitions.AsNoTracking().Where(r => r.Number == named).Select(r => (RegistryRecordKind?)r.Kind).FirstOrDefaultAsync(cancellationToken);
        var qualification = records.Qualification;
        // Only the applicant's own records (certificates, registrations, qualifications): a hint about a near number never reveals someone else's.
        var held = application.Certificates.Count == 0 || idNumber.Length == 0 ? [] : await db.ProjectCertificates.AsNoTracking()
            .Where(c => c.Person!.IdNumber == idNumber)
            .Select(c => new HeldCertificate(c.Kind, c.Number, c.IssuingDistrictCode))
            .ToListAsync(cancellationToken);
        // A number the applicant holds themselves is no typo: their other numbers are read only when a hint may apply.
        var heldRegistrations = !application.NamesRegistration || records.HoldersOwn is not null || idNumber.Length == 0 || string.IsNullOrWhiteSpace(application.RegistrationNumber) ? [] : await db.Registrations.AsNoTracking()
            .Where(r => r.Person!.IdNumber == idNumber).Select(r => r.Number).ToListAsync(cancellationToken);
        var heldQualifications = application.Type != ApplicationType.InitialRegistration || qualification?.HolderIdNumber == idNumber || idNumber.Length == 0 || string.IsNullOrWhiteSpace(application.QualificationCertificateNumber)
            ? [] : await db.QualificationCertificates.AsNoTracking()
                .Join(db.Persons.Where(p => p.IdNumber == idNumber), c => c.PersonId, p => p.Id, (c, p) => c.Number).ToListAsync(cancellationToken);
        return new ApplicationCheckFacts(application, active, otherOpen, records.RegistrationToRenew, records.RegistrationToRecognise, qualification,
            records.RegistrationToChange, records.RegistrationToEnd,
            HeldCertificates: held, NamedRecordKind: namedKind, HeldRegistrationNumbers: heldRegistrations, HeldQualificationNumbers: heldQualifications);
    }

    public Task<DecidingRecords> GatherDecidingRecordsAsync(Application application, CancellationToken cancellationToken) =>
        ReadAsync(db => ReadDecidingRecordsAsync(db, application, cancellationToken));

    private static async Task<DecidingRecords> ReadDecidingRecordsAsync(ApprovalsDbContext db, Application application, CancellationToken cancellationToken)
    {
        var named = NamedNumber(application);
        var registration = named is null ? null
            : await db.Registrations.AsNoTracking().Include(r => r.Person).Include(r => r.Enterprise).FirstOrDefaultAsync(r => r.Number == named, cancellationToken);
        RecordedQualification? qualification = null;
        if (application.Type == ApplicationType.InitialRegistration && application.QualificationCertificateNumber?.Trim() is { Length: > 0 } qualificationNumber)
        {
            qualification = await db.QualificationCertificates.AsNoTracking()
                .Where(c => c.Number == qualificationNumber)
                .Join(db.Persons, c => c.PersonId, p => p.Id, (c, p) => new RecordedQualification(c.Number, c.Level, p.IdNumber))
                .FirstOrDefaultAsync(cancellationToken);
        }
        return new DecidingRecords(application, registration, qualification);
    }

    // The number is an opaque identifier: the record under it says what it is, its level and its district.
    private static string? NamedNumber(Application application) =>
        application.NamesRegistration ? RegistryNumbers.NormalizeOrNull(application.RegistrationNumber) : null;

    public Task<RegistryEvidence?> FindEvidenceAsync(VerificationSubject subject, string holderIdNumber, CancellationToken cancellationToken) =>
        ReadAsync(async db =>
        {
            if (subject.Subject == VerificationSubject.Registration)
            {
                return await db.Registrations.AsNoTracking()
                    .Where(r => r.Number == subject.Number && r.Person!.IdNumber == holderIdNumber)
                    .Select(r => new RegistryEvidence(r.Number, r.Person!.Name, r.DistrictCode, r.Level, r.ValidTo, r.Status))
                    .FirstOrDefaultAsync(cancellationToken);
            }
            if (!Enum.TryParse<ProjectCertificateKind>(subject.Subject, out var kind))
                return null;
            return await db.ProjectCertificates.AsNoTracking()
                .Where(c => c.Kind == kind && c.Number == subject.Number && c.IssuingDistrictCode == subject.IssuingDistrictCode && c.Person!.IdNumber == holderIdNumber)
                .Select(c => new RegistryEvidence(c.Number, c.Person!.Name, c.IssuingDistrictCode, null, c.ValidTo, c.Status))
                .FirstOrDefaultAsync(cancellationToken);
        });

    public Task<string?> FindNearNumberAsync(VerificationSubject subject, string holderIdNumber, CancellationToken cancellationToken) =>
        ReadAsync(async db =>
        {
            if (!Enum.TryParse<ProjectCertificateKind>(subject.Subject, out var kind) || holderIdNumber.Length == 0)
                return null;
            var numbers = await db.ProjectCertificates.AsNoTracking()
                .Where(c => c.Kind == kind && c.Person!.IdNumber == holderIdNumber).Select(c => c.Number).ToListAsync(cancellationToken);
            return numbers.FirstOrDefault(n => NumberNearMatch.IsLikelyTypo(subject.Number, n));
        });

    public Task<Registration?> FindRegistrationAsync(string number, CancellationToken cancellationToken)
    {
        var normalized = RegistryNumbers.Normalize(number);
        return ReadAsync(db => db.Registrations.AsNoTracking().FirstOrDefaultAsync(r => r.Number == normalized, cancellationToken));
    }

    /// <summary>Stand-ins that the step's commit replaces with the series' next numbers (<see cref="RegistryNumberStandIns"/>).</summary>
    public Task<IReadOnlyList<string>> NextNumbersAsync(string series, int count, CancellationToken cancellationToken) =>
        Task.FromResult(RegistryNumberStandIns.For(series, count));


    private static Task<Application?> FindAsync(ApprovalsDbContext db, string applicationId, CancellationToken cancellationToken) =>
        CaseUnderSubmission.Find(applicationId) is { } submitting
            ? Task.FromResult<Application?>(submitting)
            : db.Applications.AsNoTracking().Include(a => a.Documents).FirstOrDefaultAsync(a => a.Id == applicationId, cancellationToken);

    private async Task<T> ReadAsync<T>(Func<ApprovalsDbContext, Task<T>> read)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<ApprovalsDbContext>());
    }
}
