using Approvals.Infrastructure.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Infrastructure.Persistence;

/// <summary>
/// The project's database. One subclass per provider carries that provider's migrations
/// (<see cref="SqliteApprovalsDbContext"/>, <see cref="PostgreSqlApprovalsDbContext"/>).
/// </summary>
public abstract class ApprovalsDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<WorkflowDefinitionVersion> WorkflowDefinitions => Set<WorkflowDefinitionVersion>();
    public DbSet<WorkflowInstanceRecord> WorkflowInstances => Set<WorkflowInstanceRecord>();
    public DbSet<BookmarkRecord> Bookmarks => Set<BookmarkRecord>();
    public DbSet<HumanTaskRecord> HumanTasks => Set<HumanTaskRecord>();
    public DbSet<JournalRecord> Journal => Set<JournalRecord>();
    public DbSet<IncidentRecord> Incidents => Set<IncidentRecord>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<ClockStopRecord> ClockStops => Set<ClockStopRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ApprovalsDbContext).Assembly);
}
