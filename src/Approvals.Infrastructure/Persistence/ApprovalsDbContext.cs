using Approvals.Core.Applications;
using Approvals.Core.Registry;
using Approvals.Core.Verification;
using Approvals.Infrastructure.Audit;
using Approvals.Infrastructure.Identity;
using Approvals.UseCases.Data;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Persistence;

/// <summary>
/// The project's database. One subclass per provider carries that provider's migrations
/// (<see cref="SqliteApprovalsDbContext"/>, <see cref="PostgreSqlApprovalsDbContext"/>).
/// It also holds the ASP.NET Core Identity tables, so accounts and the work they do share one database, and the
/// data-protection keys, so every node of a deployment reads the cookies and tokens another node issued.
/// </summary>
public abstract class ApprovalsDbContext(DbContextOptions options) : IdentityDbContext<ApprovalsUser, IdentityRole, string>(options), IApprovalsDbContext, IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<WorkflowDefinitionVersion> WorkflowDefinitions => Set<WorkflowDefinitionVersion>();
    public DbSet<WorkflowInstanceRecord> WorkflowInstances => Set<WorkflowInstanceRecord>();
    public DbSet<BookmarkRecord> Bookmarks => Set<BookmarkRecord>();
    public DbSet<HumanTaskRecord> HumanTasks => Set<HumanTaskRecord>();
    public DbSet<HumanTaskExclusion> HumanTaskExclusions => Set<HumanTaskExclusion>();
    public DbSet<SavedWorklistView> SavedWorklistViews => Set<SavedWorklistView>();
    public DbSet<JournalRecord> Journal => Set<JournalRecord>();
    public DbSet<ActivityPassage> ActivityPassages => Set<ActivityPassage>();
    public DbSet<ActivityPassageTally> ActivityPassageTallies => Set<ActivityPassageTally>();
    public DbSet<IncidentRecord> Incidents => Set<IncidentRecord>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<ClockStopRecord> ClockStops => Set<ClockStopRecord>();
    public DbSet<StatutoryExtensionRecord> StatutoryExtensions => Set<StatutoryExtensionRecord>();
    public DbSet<PublicationRequest> PublicationRequests => Set<PublicationRequest>();
    public DbSet<ShippedDefinitionImport> ShippedDefinitionImports => Set<ShippedDefinitionImport>();
    public DbSet<CompletedOneOffTask> CompletedOneOffTasks => Set<CompletedOneOffTask>();

    public DbSet<Application> Applications => Set<Application>();
    public DbSet<CaseNumberCounter> CaseNumberCounters => Set<CaseNumberCounter>();
    public DbSet<DocumentNumberCounter> DocumentNumberCounters => Set<DocumentNumberCounter>();
    public DbSet<ApplicationDocument> ApplicationDocuments => Set<ApplicationDocument>();
    public DbSet<DocumentContentRecord> DocumentContents => Set<DocumentContentRecord>();
    public DbSet<ApplicationTimelineEntry> ApplicationTimeline => Set<ApplicationTimelineEntry>();
    public DbSet<VerificationRequest> VerificationRequests => Set<VerificationRequest>();
    public DbSet<Person> Persons => Set<Person>();
    public DbSet<Enterprise> Enterprises => Set<Enterprise>();
    public DbSet<QualificationCertificate> QualificationCertificates => Set<QualificationCertificate>();
    public DbSet<ProjectCertificate> ProjectCertificates => Set<ProjectCertificate>();
    public DbSet<Registration> Registrations => Set<Registration>();
    public DbSet<RegistrationHistoryEntry> RegistrationHistory => Set<RegistrationHistoryEntry>();
    public DbSet<Recognition> Recognitions => Set<Recognition>();
    public DbSet<RegistryReadLog> RegistryReadLog => Set<RegistryReadLog>();
    public DbSet<IssuedDocument> IssuedDocuments => Set<IssuedDocument>();
    public DbSet<RegistryWriteRecord> RegistryWrites => Set<RegistryWriteRecord>();
    public DbSet<RegistryImportRecord> RegistryImports => Set<RegistryImportRecord>();
    public DbSet<AuditChainHead> AuditChainHeads => Set<AuditChainHead>();

    /// <summary>
    /// Saves with registry reads and writes chained (<see cref="RegistryAuditChains"/>). Outside a transaction of
    /// the caller, a save that lost the race for a chain's end is chained again and retried; inside one, the
    /// conflict goes to the caller (a step is re-run from fresh state, as for any lost race).
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            await RegistryAuditChains.SealAsync(this, cancellationToken);
            try
            {
                return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            }
            catch (DbUpdateException ex) when (attempt < MaxChainAttempts && Database.CurrentTransaction is null && LostChainRace(ex))
            {
                foreach (var head in ChangeTracker.Entries<AuditChainHead>().ToList())
                    await head.ReloadAsync(cancellationToken);
            }
        }
    }

    /// <summary>
    /// Another writer took the chain's end first: its guarded update matched no row, or (PostgreSQL checks the
    /// unique place before the update is reached) an entry's place was taken.
    /// </summary>
    private static bool LostChainRace(DbUpdateException ex) => ex is DbUpdateConcurrencyException
        ? ex.Entries.All(e => e.Entity is AuditChainHead)
        : UniqueViolation.Is(ex) && ex.Entries.Any(e => e.Entity is Core.Registry.RegistryReadLog or RegistryWriteRecord);

    /// <summary>
    /// Synchronous saves would skip the audit chains; nothing in the platform saves synchronously. The one exception
    /// is ASP.NET Core's key store, which saves a new data-protection key (and nothing else) synchronously.
    /// </summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        ChangeTracker.Entries().Where(e => e.State != EntityState.Unchanged).All(e => e.Entity is DataProtectionKey)
            ? base.SaveChanges(acceptAllChangesOnSuccess)
            : throw new NotSupportedException("Save with SaveChangesAsync: it chains registry reads and writes.");

    private const int MaxChainAttempts = 10;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ApprovalsDbContext).Assembly);
    }
}
