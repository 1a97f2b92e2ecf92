using Approvals.Core.Applications;
using Approvals.Infrastructure.Persistence.Configurations;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Infrastructure.Persistence;

public sealed class PostgreSqlApprovalsDbContext(DbContextOptions<PostgreSqlApprovalsDbContext> options) : ApprovalsDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcOffsetConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcOffsetConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // The worklist searches these keys by range ("starts with", WorklistSearch): compared by code point, as SQLite
        // compares them, so both providers find (and sort) the same cases whatever the database's locale.
        modelBuilder.Entity<Application>(application =>
        {
            application.Property(a => a.PersonName).UseCollation("C");
            application.Property(a => a.IdNumber).UseCollation("C");
            application.Property(a => a.CaseNumber).UseCollation("C");
        });
        // A registry number series (CSJ-R2-310118-2026-…) is read as a range of these keys (EfApplicationFacts).
        modelBuilder.Entity<Core.Registry.Registration>().Property(r => r.Number).UseCollation("C");
        modelBuilder.Entity<Core.Registry.Recognition>().Property(r => r.Number).UseCollation("C");
        PostgreSqlCoveringIndexes.Apply(modelBuilder);
    }
}
