using Approvals.Core.Registry;
using Approvals.Infrastructure.Persistence;
using Approvals.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Approvals.Infrastructure.Tests.Metrology;

/// <summary>
/// The RegistryHistory migration on a database that already holds changes of registration (RegistrationChanges) and
/// endings (RegistrationHistory): both move into the one history, with the day each took effect in the zone, and the
/// old tables are gone.
/// </summary>
public abstract class RegistryHistoryMigrationTests
{
    private const string Before = "EmployerFiling";
    private static readonly DateTimeOffset ChangedAt = new(2025, 3, 10, 2, 0, 0, TimeSpan.Zero);

    // 17:30 UTC on 30 June is already 1 July in the zone.
    private static readonly DateTimeOffset CancelledAt = new(2025, 6, 30, 17, 30, 0, TimeSpan.Zero);

    protected abstract Task<DatabaseTarget> TargetAsync();

    protected abstract ApprovalsDbContext Open(DatabaseTarget target);

    protected abstract object Instant(DateTimeOffset at);

    protected abstract object Day(DateOnly day);

    protected abstract string CountTablesSql { get; }

    [SkippableFact]
    public async Task Existing_changes_and_cancellations_move_into_one_history_with_their_zone_days_and_the_old_tables_are_dropped()
    {
        await using var target = await TargetAsync();
        await using (var db = Open(target))
        {
            await db.GetService<IMigrator>().MigrateAsync(Before);
            db.Persons.Add(new Person { Id = "p-1", Name = "迁移甲", IdNumber = "110101199003071234" });
            db.Enterprises.Add(new Enterprise { Id = "e-1", Name = "青浦计量", CreditCode = "91310118MA1G0000X1", DistrictCode = "310118" });
            db.Registrations.Add(new Registration
            {
                Id = "r-1", Number = "CSJ-R2-310118-2021-000001", PersonId = "p-1", EnterpriseId = "e-1", DistrictCode = "320509",
                ValidFrom = new DateOnly(2021, 1, 1), ValidTo = new DateOnly(2026, 1, 1), Status = RegistrationStatus.Cancelled, IssuedAt = ChangedAt,
            });
            await db.SaveChangesAsync();
            await db.Database.ExecuteSqlRawAsync(
                """INSERT INTO "RegistrationChanges" ("Id", "RegistrationId", "RegistrationNumber", "Kind", "From", "To", "ChangedOn", "ChangedAt", "ApplicationId") VALUES ('c-1', 'r-1', 'CSJ-R2-310118-2021-000001', 'District', '310118', '320509', {0}, {1}, 'case-change')""",
                Day(new DateOnly(2025, 3, 10)), Instant(ChangedAt));
            await db.Database.ExecuteSqlRawAsync(
                """INSERT INTO "RegistrationHistory" ("RegistrationId", "Status", "At", "Reason", "ApplicationId") VALUES ('r-1', 'Cancelled', {0}, '本人申请注销', 'case-cancel')""",
                Instant(CancelledAt));
        }

        await using (var db = Open(target))
        {
            await db.Database.MigrateAsync();
            var history = await db.RegistrationHistory.AsNoTracking().OrderBy(h => h.Id).ToListAsync();

            Assert.Equal(
                [
                    (RegistrationEvent.DistrictChanged, new DateOnly(2025, 3, 10), ChangedAt, "310118", "320509", (string?)null, "case-change"),
                    (RegistrationEvent.Cancelled, new DateOnly(2025, 7, 1), CancelledAt, null, null, "本人申请注销", "case-cancel"),
                ],
                history.Select(h => (h.Kind, h.EffectiveOn, h.RecordedAt, h.From, h.To, h.Reason, h.ApplicationId)));
            Assert.All(history, h => Assert.Equal(("r-1", "CSJ-R2-310118-2021-000001"), (h.RegistrationId, h.RegistrationNumber)));
            Assert.Equal(0, await db.Database.SqlQueryRaw<int>(CountTablesSql).SingleAsync());
        }
    }
}

public sealed class SqliteRegistryHistoryMigrationTests : RegistryHistoryMigrationTests
{
    protected override Task<DatabaseTarget> TargetAsync() => Task.FromResult(DatabaseTarget.Sqlite());

    protected override ApprovalsDbContext Open(DatabaseTarget target) =>
        new SqliteApprovalsDbContext(new DbContextOptionsBuilder<SqliteApprovalsDbContext>().UseSqlite(target.ConnectionString).Options);

    protected override object Instant(DateTimeOffset at) => at.UtcTicks;

    protected override object Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    protected override string CountTablesSql =>
        """SELECT COUNT(*) AS "Value" FROM sqlite_master WHERE type = 'table' AND name IN ('RegistrationChanges', 'RegistrationHistory')""";
}

public sealed class PostgreSqlRegistryHistoryMigrationTests : RegistryHistoryMigrationTests
{
    protected override Task<DatabaseTarget> TargetAsync() => DatabaseTarget.PostgreSqlAsync();

    protected override ApprovalsDbContext Open(DatabaseTarget target) =>
        new PostgreSqlApprovalsDbContext(new DbContextOptionsBuilder<PostgreSqlApprovalsDbContext>().UseNpgsql(target.ConnectionString).Options);

    protected override object Instant(DateTimeOffset at) => at;

    protected override object Day(DateOnly day) => day;

    protected override string CountTablesSql =>
        """SELECT COUNT(*)::int AS "Value" FROM information_schema.tables WHERE table_name IN ('RegistrationChanges', 'RegistrationHistory')""";
}
