using Approvals.Core.Applications;
using Approvals.Core.Registry;
using Approvals.Core.Verification;
using Approvals.Infrastructure.Identity;
using Approvals.Infrastructure.Persistence.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Infrastructure.Persistence;

/// <summary>
/// The project's database. One subclass per provider carries that provider's migrations
/// (<see cref="SqliteApprovalsDbContext"/>, <see cref="PostgreSqlApprovalsDbContext"/>).
/// It also holds the ASP.NET Core Identity tables, so accounts and the work they do share one database.
/// </summary>
public abstract class ApprovalsDbContext(DbContextOptions options) : IdentityDbContext<ApprovalsUser, IdentityRole, string>(options)
{
    public DbSet<WorkflowDefinitionVersion> WorkflowDefinitions => Set<WorkflowDefinitionVersion>();
    public DbSet<WorkflowInstanceRecord> WorkflowInstances => Set<WorkflowInstanceRecord>();
    public DbSet<BookmarkRecord> Bookmarks => Set<BookmarkRecord>();
    public DbSet<HumanTaskRecord> HumanTasks => Set<HumanTaskRecord>();
    public DbSet<HumanTaskExclusion> HumanTaskExclusions => Set<HumanTaskExclusion>();
    public DbSet<JournalRecord> Journal => Set<JournalRecord>();
    public DbSet<IncidentRecord> Incidents => Set<IncidentRecord>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<ClockStopRecord> ClockStops => Set<ClockStopRecord>();
    public DbSet<PublicationRequest> PublicationRequests => Set<PublicationRequest>();
    public DbSet<ShippedDefinitionImport> ShippedDefinitionImports => Set<ShippedDefinitionImport>();

    public DbSet<Application> Applications => Set<Application>();
    public DbSet<ApplicationDocument> ApplicationDocuments => Set<ApplicationDocument>();
    public DbSet<DocumentContentRecord> DocumentContents => Set<DocumentContentRecord>();
    public DbSet<ApplicationTimelineEntry> ApplicationTimeline => Set<ApplicationTimelineEntry>();
    public DbSet<VerificationRequest> VerificationRequests => Set<VerificationRequest>();
    public DbSet<Person> Persons => Set<Person>();
    public DbSet<Enterprise> Enterprises => Set<Enterprise>();
    public DbSet<QualificationCertificate> QualificationCertificates => Set<QualificationCertificate>();
    public DbSet<ProjectCertificate> ProjectCertificates => Set<ProjectCertificate>();
    public DbSet<Registration> Registrations => Set<Registration>();
    public DbSet<Recognition> Recognitions => Set<Recognition>();
    public DbSet<RegistryReadLog> RegistryReadLog => Set<RegistryReadLog>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ApprovalsDbContext).Assembly);
    }
}
