using Approvals.Core.Applications;
using Approvals.Core.Registry;
using Approvals.Core.Verification;
using Approvals.UseCases.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Approvals.UseCases.Data;

/// <summary>
/// The database as the use cases see it: the sets they query with LINQ and one save. Infrastructure's
/// <c>ApprovalsDbContext</c> implements it (provider, migrations, the step commit's SQL and the audit chains stay there).
/// </summary>
public interface IApprovalsDbContext
{
    DbSet<WorkflowDefinitionVersion> WorkflowDefinitions { get; }
    DbSet<WorkflowInstanceRecord> WorkflowInstances { get; }
    DbSet<BookmarkRecord> Bookmarks { get; }
    DbSet<HumanTaskRecord> HumanTasks { get; }
    DbSet<HumanTaskExclusion> HumanTaskExclusions { get; }
    DbSet<JournalRecord> Journal { get; }
    DbSet<ActivityPassageTally> ActivityPassageTallies { get; }
    DbSet<IncidentRecord> Incidents { get; }
    DbSet<ClockStopRecord> ClockStops { get; }
    DbSet<StatutoryExtensionRecord> StatutoryExtensions { get; }
    DbSet<PublicationRequest> PublicationRequests { get; }
    DbSet<ShippedDefinitionImport> ShippedDefinitionImports { get; }
    DbSet<CompletedOneOffTask> CompletedOneOffTasks { get; }
    DbSet<SavedWorklistView> SavedWorklistViews { get; }

    DbSet<Application> Applications { get; }
    DbSet<ApplicationDocument> ApplicationDocuments { get; }
    DbSet<ApplicationTimelineEntry> ApplicationTimeline { get; }
    DbSet<VerificationRequest> VerificationRequests { get; }
    DbSet<Person> Persons { get; }
    DbSet<Enterprise> Enterprises { get; }
    DbSet<QualificationCertificate> QualificationCertificates { get; }
    DbSet<ProjectCertificate> ProjectCertificates { get; }
    DbSet<Registration> Registrations { get; }
    DbSet<RegistrationHistoryEntry> RegistrationHistory { get; }
    DbSet<Recognition> Recognitions { get; }
    DbSet<RegistryReadLog> RegistryReadLog { get; }
    DbSet<RegistryImportRecord> RegistryImports { get; }
    DbSet<IssuedDocument> IssuedDocuments { get; }

    /// <summary>The registry-writes chain: every registration or recognition written, when (integrity; the history people read is <see cref="RegistrationHistory"/>).</summary>
    DbSet<RegistryWriteRecord> RegistryWrites { get; }

    /// <summary>Transactions a use case spans over several saves (an upload and its content claim).</summary>
    DatabaseFacade Database { get; }

    /// <summary>To forget what a failed step left tracked before the compensating update.</summary>
    ChangeTracker ChangeTracker { get; }

    /// <summary>The tracked entry of an aggregate, to load what it owns (a case's documents) before changing it.</summary>
    EntityEntry<TEntity> Entry<TEntity>(TEntity entity) where TEntity : class;

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
