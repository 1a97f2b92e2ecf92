using System.Net;
using Approvals.Core.Registry;
using Approvals.Core.Workflow;
using Approvals.Infrastructure.Metrology.Registry;
using Approvals.Infrastructure.Workflows.Commit;
using Approvals.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Approvals.Web.Tests.Metrology;

/// <summary>
/// On PostgreSQL an approval that waits for its number series holds no lock on the employer it adds: another approval
/// for the same new employer, in another series, is written meanwhile. Before, the waiting commit held the employer's
/// lock through its wait, and with 50 reviewers the approvals of a new employer waited 15-20 s one behind the other.
/// </summary>
public sealed class SeriesQueueTests(PostgreSqlMetrologyApiFactory factory) : IClassFixture<PostgreSqlMetrologyApiFactory>
{
    private const string Wujiang = "320509";
    private readonly Cases _cases = new(factory);

    [SkippableFact]
    public async Task An_approval_waiting_for_its_series_does_not_hold_up_another_of_the_same_new_employer()
    {
        factory.EnsureAvailable();
        var (levelTwoClient, levelTwo, _) = await _cases.SubmitAsync(TestUser.Applicant("series-queue-2"),
            Cases.InitialRegistration(People.NewIdNumber(), Wujiang, 2, Wujiang, "JL-SQ-2"), Cases.InitialDocuments);
        var (levelOneClient, levelOne, _) = await _cases.SubmitAsync(TestUser.Applicant("series-queue-1"),
            Cases.InitialRegistration(People.NewIdNumber(), Wujiang, 1, Wujiang, "JL-SQ-1"), Cases.InitialDocuments);
        (await _cases.DecideAsync(TestUser.Reviewer("series-queue-first", Wujiang), levelOne, "review", "Approve")).EnsureSuccessStatusCode();

        var year = ZoneTime.Today(factory.Services.GetRequiredService<TimeProvider>().GetUtcNow()).Year;
        var levelTwoSeries = RegistrationNumber.ForRegistration(MetrologistLevel.Level2, Wujiang, year, 1).Series;
        await using var connection = new NpgsqlConnection(await factory.DatabaseAsync(db => Task.FromResult(db.Database.GetConnectionString()!)));
        await connection.OpenAsync();
        await using var holder = await HoldSeriesAsync(connection, levelTwoSeries);
        var waiting = _cases.DecideAsync(TestUser.Reviewer("series-queue-waiting", Wujiang), levelTwo, "review", "Approve");
        await SeriesWaiterAsync();

        // The level-1 second approval takes a number of its own series and adds the same employer.
        var other = await _cases.DecideAsync(TestUser.Reviewer("series-queue-second", Wujiang), levelOne, "second", "Approve")
            .WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.False(waiting.IsCompleted);
        await holder.CommitAsync();
        Assert.Equal(HttpStatusCode.OK, (await waiting.WaitAsync(TimeSpan.FromSeconds(60))).StatusCode);
        Assert.StartsWith("CSJ-R1-", (await _cases.GetAsync(levelOneClient, levelOne))["summary"]!["issuedNumber"].Str());
        Assert.StartsWith(levelTwoSeries, (await _cases.GetAsync(levelTwoClient, levelTwo))["summary"]!["issuedNumber"].Str());
        var employer = People.CreditCode(Wujiang);
        var enterprise = Assert.Single(await factory.DatabaseAsync(db => db.Enterprises.AsNoTracking().Where(e => e.CreditCode == employer).ToListAsync()));
        Assert.Equal(2, await factory.DatabaseAsync(db => db.Registrations.CountAsync(r => r.EnterpriseId == enterprise.Id)));
    }

    /// <summary>A transaction that holds the series' lock as a commit of the series does, until it ends.</summary>
    private static async Task<NpgsqlTransaction> HoldSeriesAsync(NpgsqlConnection connection, string series)
    {
        var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@use, @key)", connection, transaction);
        command.Parameters.AddWithValue("use", RegistryNumberStandIns.AdvisoryLockClass);
        command.Parameters.AddWithValue("key", CommitCommands.LockKey(series));
        await command.ExecuteNonQueryAsync();
        return transaction;
    }

    /// <summary>
    /// Until a commit is queued for a series' lock: the database's lock table says so for as long as it waits, so the
    /// moment cannot be missed.
    /// </summary>
    private async Task SeriesWaiterAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (await factory.DatabaseAsync(db => db.Database.SqlQuery<int>(
                   $"SELECT count(*)::int AS \"Value\" FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND classid::bigint = {RegistryNumberStandIns.AdvisoryLockClass}").SingleAsync()) == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "No commit queued for the series' lock.");
            await Task.Delay(20);
        }
    }
}
