using System.Globalization;
using Approvals.UseCases.Cases;
using Approvals.Core.Applications;
using Approvals.Infrastructure.Metrology.Applications;
using Approvals.Infrastructure.Persistence;
using Approvals.Infrastructure.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Approvals.Infrastructure.Tests.Metrology;

/// <summary>
/// Case numbers on the real databases: commits racing on many connections each take their own number, counted per
/// district and per year of the zone's calendar (the year a submission's stand-in names), and the database refuses a
/// number given twice.
/// </summary>
public sealed class CaseNumberTests
{
    private const int Racers = 24;

    [Fact]
    public async Task Concurrent_submissions_on_SQLite_get_distinct_consecutive_numbers()
    {
        await using var target = DatabaseTarget.Sqlite();
        await Concurrent_submissions_get_distinct_consecutive_numbers(target);
    }

    [SkippableFact]
    public async Task Concurrent_submissions_on_PostgreSQL_get_distinct_consecutive_numbers()
    {
        await using var target = await DatabaseTarget.PostgreSqlAsync();
        await Concurrent_submissions_get_distinct_consecutive_numbers(target);
    }

    private static async Task Concurrent_submissions_get_distinct_consecutive_numbers(DatabaseTarget target)
    {
        await using var host = await RuntimeHost.StartAsync(target, clock: new FakeTimeProvider(new DateTimeOffset(2026, 5, 6, 2, 0, 0, TimeSpan.Zero)));
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // Every racer has its own scope, context and connection, and all are released at once.
        var racers = Enumerable.Range(0, Racers).Select(i => Task.Run(() => host.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<ApprovalsDbContext>().Database.OpenConnectionAsync();
            await start.Task;
            return await TakeAsync(sp, i % 2 == 0 ? "310118" : "320509", 2026);
        }))).ToList();
        start.SetResult();
        var given = await Task.WhenAll(racers);

        Assert.Equal(Racers, given.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Enumerable.Range(1, Racers / 2).Select(n => $"SQ-310118-2026-{n:D6}"), given.Where(n => n.Contains("310118")).Order(StringComparer.Ordinal));
        Assert.Equal(Enumerable.Range(1, Racers / 2).Select(n => $"SQ-320509-2026-{n:D6}"), given.Where(n => n.Contains("320509")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_year_is_the_zones_and_each_year_counts_from_one()
    {
        await using var target = DatabaseTarget.Sqlite();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 31, 15, 30, 0, TimeSpan.Zero)); // 23:30 in Shanghai
        await using var host = await RuntimeHost.StartAsync(target, clock: clock);
        string StandIn() => host.Services.GetRequiredService<ICaseNumbers>().StandIn("330421");
        Task<string> NextAsync(string standIn) => host.InScopeAsync(sp => TakeAsync(sp, "330421", int.Parse(standIn[10..14], CultureInfo.InvariantCulture)));

        var lateIn2026 = await NextAsync(StandIn());
        var alsoIn2026 = await NextAsync(StandIn());
        clock.Advance(TimeSpan.FromHours(1)); // 00:30 on 1 January in Shanghai, still 2026 in UTC
        var firstOf2027 = await NextAsync(StandIn());

        Assert.Equal(["SQ-330421-2026-000001", "SQ-330421-2026-000002", "SQ-330421-2027-000001"], [lateIn2026, alsoIn2026, firstOf2027]);
        Assert.True(CaseNumber.TryParse(" sq-330421-2027-000001 ", out var parsed));
        Assert.Equal(new CaseNumber("330421", 2027, 1), parsed);
    }

    /// <summary>Takes the next number in a transaction of its own, as a submission's commit does.</summary>
    private static async Task<string> TakeAsync(IServiceProvider services, string district, int year)
    {
        var db = services.GetRequiredService<ApprovalsDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        var sequence = await CaseNumbers.NextAsync(command, district, year, CancellationToken.None);
        await transaction.CommitAsync();
        return new CaseNumber(district, year, sequence).ToString();
    }

    [Fact]
    public async Task The_database_refuses_a_case_number_given_twice()
    {
        await using var target = DatabaseTarget.Sqlite();
        await using var host = await RuntimeHost.StartAsync(target);
        static Application Case(string id) => new()
        {
            Id = id, ApplicantUserId = "u", ApplicantEmail = "u@example.test", CaseNumber = "SQ-310118-2026-000001",
            CreatedAt = DateTimeOffset.UnixEpoch, UpdatedAt = DateTimeOffset.UnixEpoch,
        };
        await host.DatabaseAsync(db => { db.Applications.Add(Case("a1")); return db.SaveChangesAsync(); });

        await Assert.ThrowsAsync<DbUpdateException>(() => host.DatabaseAsync(db => { db.Applications.Add(Case("a2")); return db.SaveChangesAsync(); }));
    }
}
