using Approvals.Infrastructure.Metrology.Registry;
using Approvals.Infrastructure.Persistence;
using Approvals.Infrastructure.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Approvals.Infrastructure.Tests.Metrology;

/// <summary>
/// A development data folder seeded one year starts again the next year: the seed, whose registration numbers carry
/// the year before, finds its own rows and adds nothing twice, where it used to die on its own fixed ids.
/// </summary>
public sealed class DevelopmentSeedAcrossYearsTests
{
    [Fact]
    public async Task A_database_seeded_last_year_is_seeded_again_without_failing_on_SQLite()
    {
        await using var target = DatabaseTarget.Sqlite();
        await A_database_seeded_last_year_is_seeded_again_without_failing(target);
    }

    [SkippableFact]
    public async Task A_database_seeded_last_year_is_seeded_again_without_failing_on_PostgreSQL()
    {
        await using var target = await DatabaseTarget.PostgreSqlAsync();
        await A_database_seeded_last_year_is_seeded_again_without_failing(target);
    }

    private static async Task A_database_seeded_last_year_is_seeded_again_without_failing(DatabaseTarget target)
    {
        var lastYear = new FakeTimeProvider(new DateTimeOffset(2026, 6, 1, 2, 0, 0, TimeSpan.Zero));
        await using (var first = await RuntimeHost.StartAsync(target, clock: lastYear))
            await first.DatabaseAsync(db => SeedAsync(db, lastYear));
        var before = await RegistrationsAsync(target, lastYear);

        var nextYear = new FakeTimeProvider(new DateTimeOffset(2027, 1, 4, 2, 0, 0, TimeSpan.Zero));
        await using var restarted = await RuntimeHost.StartAsync(target, clock: nextYear);
        await restarted.DatabaseAsync(db => SeedAsync(db, nextYear));
        await restarted.DatabaseAsync(db => SeedAsync(db, nextYear));

        var after = await restarted.DatabaseAsync(db => db.Registrations.Select(r => r.Number).OrderBy(n => n).ToListAsync());
        Assert.Equal(DevelopmentRegistrySeed.People.Count, after.Count);
        Assert.Equal(before, after);
        Assert.Equal(DevelopmentRegistrySeed.People.Count, await restarted.DatabaseAsync(db => db.Persons.CountAsync()));
    }

    private static async Task<bool> SeedAsync(ApprovalsDbContext db, TimeProvider clock)
    {
        await DevelopmentRegistrySeed.ApplyAsync(db, clock, CancellationToken.None);
        return true;
    }

    private static async Task<List<string>> RegistrationsAsync(DatabaseTarget target, TimeProvider clock)
    {
        await using var host = await RuntimeHost.StartAsync(target, clock: clock);
        return await host.DatabaseAsync(db => db.Registrations.Select(r => r.Number).OrderBy(n => n).ToListAsync());
    }
}
