using Approvals.Core.Applications;
using Approvals.UseCases.Records;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Infrastructure.Persistence.Configurations;

/// <summary>
/// Columns PostgreSQL keeps in the statistics indexes (<c>INCLUDE</c>) so that a period's figures are counted from the
/// index alone: without them each matching entry costs a visit to a wide table row, and over a year of cases the
/// planner rather reads the whole table. SQLite has no such indexes and keeps the keys only.
/// </summary>
internal static class PostgreSqlCoveringIndexes
{
    public static void Apply(ModelBuilder modelBuilder)
    {
        var applications = modelBuilder.Entity<Application>();
        applications.HasIndex(a => new { a.DistrictCode, a.SubmittedAt })
            .IncludeProperties(a => new { a.Type, a.Level, a.Status, a.AcceptedAt, a.Id });
        applications.HasIndex(a => new { a.Status, a.DistrictCode, a.SubmittedAt })
            .IncludeProperties(a => a.InstanceId);
        applications.HasIndex(a => new { a.DistrictCode, a.DecidedAt })
            .IncludeProperties(a => new { a.AcceptedAt, a.DecisionDueAt });
        modelBuilder.Entity<ApplicationTimelineEntry>().HasIndex(t => new { t.Status, t.At })
            .IncludeProperties(t => t.ApplicationId);
        modelBuilder.Entity<HumanTaskRecord>().HasIndex(t => new { t.Status, t.DueAt })
            .IncludeProperties(t => t.District);
        // The inbox sorts a district's open tasks on these keys alone, and reads whole only the page it shows.
        modelBuilder.Entity<HumanTaskRecord>().HasIndex(t => new { t.Status, t.Role, t.District })
            .IncludeProperties(t => new { t.CreatedAt, t.InstanceId, t.Id });
        modelBuilder.Entity<WorkflowInstanceRecord>().HasIndex(i => i.Id).IsUnique().HasDatabaseName("IX_WorkflowInstances_Id_StatutoryDueAt")
            .IncludeProperties(i => i.StatutoryDueAt);
    }
}
