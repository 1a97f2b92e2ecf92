using System.Net.Http.Json;
using Approvals.Core.Applications;
using System.Text.Json.Nodes;
using Approvals.DataSet;
using Approvals.Infrastructure.Persistence;
using Approvals.LoadRun;
using Approvals.UseCases.Audit;
using Approvals.UseCases.Records;
using Approvals.Workflows.Runtime;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Approvals.Web.Tests.DataSet;

/// <summary>
/// The data-set builder's smoke (CI): a small zone is built on each provider from every template case. Every audit
/// chain it wrote verifies; the statistics over two years of clones alone show each district and each outcome; and an
/// open case of each kind it left (at review, at the second approval, awaiting corrections, awaiting another
/// district's verification) is taken up by the engine and completed through the API, the chains still verifying.
/// </summary>
public sealed class DataSetSmokeTests
{
    // Enough clones that every template's slot occurs in any two-year window (95 finished slots, about 100 clones a year) and every open slot once.
    private const int Finished = 1_000;
    private const int Open = 100;

    [Fact]
    public async Task On_SQLite_the_built_zone_verifies_shows_every_district_and_outcome_and_an_open_case_of_each_kind_completes()
    {
        var folder = Directory.CreateTempSubdirectory("approvals-dataset-").FullName;
        try
        {
            await BuildAndCheckAsync(LoadDatabase.Kept(null, Path.Combine(folder, "zone.db")), new DataSetOptions("build", Finished, Open, 1, null, Path.Combine(folder, "zone.db")));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [SkippableFact]
    public async Task On_PostgreSQL_the_built_zone_verifies_shows_every_district_and_outcome_and_an_open_case_of_each_kind_completes()
    {
        var server = Environment.GetEnvironmentVariable("APPROVALS_TEST_POSTGRES");
        Skip.If(string.IsNullOrEmpty(server) && Environment.GetEnvironmentVariable("APPROVALS_REQUIRE_POSTGRES") != "1", "APPROVALS_TEST_POSTGRES names no PostgreSQL server.");
        var name = $"approvals_dataset_{Guid.NewGuid():N}";
        var database = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        try
        {
            await BuildAndCheckAsync(LoadDatabase.Kept(database, null), new DataSetOptions("build", Finished, Open, 1, database, null));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(server);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }

    private static async Task BuildAndCheckAsync(LoadDatabase database, DataSetOptions options)
    {
        await DataSetBuilder.BuildAsync(options, TextWriter.Null, CancellationToken.None);

        await using var host = LoadHost.Start(database);
        Assert.Equal(Finished + Open + TemplateCatalog.Cases.Count, await QueryAsync(host, db => db.WorkflowInstances.CountAsync()));
        await AssertEveryChainIntactAsync(host);
        await AssertStatisticsShowEveryDistrictAndOutcomeAsync(host);

        await using var filing = await TemplateFiling.SignInAsync(host, CancellationToken.None);
        var atReview = await ClonedCaseAsync(host, ApplicationStatus.InReview, TemplateCatalog.Qingpu, "review");
        await filing.DecideAsync(atReview, TemplateCatalog.Qingpu, 1, "Approve", CancellationToken.None);
        var atSecondApproval = await ClonedCaseAsync(host, ApplicationStatus.InReview, TemplateCatalog.Qingpu, "second");
        await filing.DecideAsync(atSecondApproval, TemplateCatalog.Qingpu, 2, "Approve", CancellationToken.None);
        var awaitingCorrections = await ClonedCaseAsync(host, ApplicationStatus.AwaitingCorrections, TemplateCatalog.Wujiang, null);
        await filing.UploadAsync(awaitingCorrections, Filing.Documents[^2..], CancellationToken.None);
        await filing.ResubmitAsync(awaitingCorrections, CancellationToken.None);
        await filing.DecideAsync(awaitingCorrections, TemplateCatalog.Wujiang, 1, "Approve", CancellationToken.None);
        var awaitingVerification = await ClonedCaseAsync(host, ApplicationStatus.AwaitingVerification, TemplateCatalog.Jiashan, null);
        await filing.ConfirmAsync(awaitingVerification, TemplateCatalog.Qingpu, CancellationToken.None);
        await filing.DecideAsync(awaitingVerification, TemplateCatalog.Jiashan, 1, "Approve", CancellationToken.None);

        foreach (var id in new[] { atReview, atSecondApproval, awaitingCorrections, awaitingVerification })
        {
            Assert.Equal("Approved", (string?)(await filing.CaseAsync(id, CancellationToken.None))["summary"]!["status"]);
            Assert.Equal(WorkflowStatus.Finished, await QueryAsync(host, db => db.WorkflowInstances.Where(i => i.CorrelationId == id).Select(i => i.Status).SingleAsync()));
        }
        // The engine went on from the cloned chain ends: the cases' chains and the registry's take the new entries.
        await AssertEveryChainIntactAsync(host);
    }

    /// <summary>A case the builder wrote (not a template filed through HTTP) in that state and district, waiting at that task where one is named.</summary>
    private static Task<string> ClonedCaseAsync(LoadHost host, ApplicationStatus status, string district, string? activity) =>
        QueryAsync(host, db => db.Applications
            .Where(a => a.Id.StartsWith("d5") && a.Status == status && a.DistrictCode == district)
            .Where(a => activity == null || db.HumanTasks.Any(t => t.Status == HumanTaskStatus.Open && t.ActivityId == activity && db.WorkflowInstances.Any(i => i.Id == t.InstanceId && i.CorrelationId == a.Id)))
            .OrderBy(a => a.Id).Select(a => a.Id).FirstAsync());

    /// <summary>Two years that end three years ago hold clones only: each district received cases, and each outcome occurred.</summary>
    private static async Task AssertStatisticsShowEveryDistrictAndOutcomeAsync(LoadHost host)
    {
        var committee = new LoadAccount("dataset-committee@load.local", Core.Access.ApprovalsRoles.Regulator, Core.Access.StaffDistricts.ExecutiveCommittee);
        await host.CreateAccountsAsync([committee]);
        using var regulator = TemplateCapture.Client(host, committee);
        await regulator.EnsureSignedInAsync(CancellationToken.None);
        var to = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-3);
        var report = (await regulator.Http.GetFromJsonAsync<JsonObject>($"/api/statistics?from={to.AddYears(-2).AddDays(1):yyyy-MM-dd}&to={to:yyyy-MM-dd}"))!;
        var counts = report["applications"]!.AsArray().Select(c => c!.AsObject()).ToList();

        Assert.All(TemplateCatalog.Districts, d => Assert.True(counts.Where(c => (string?)c["district"] == d).Sum(c => (int)c["received"]!) > 0, $"no case received in {d}"));
        Assert.All(new[] { "approved", "rejected", "withdrawn", "notAccepted" }, outcome => Assert.True(counts.Sum(c => (int)c[outcome]!) > 0, $"no case {outcome}"));
        Assert.NotEmpty(report["recognitions"]!.AsArray());
        Assert.True(report["corrections"]!.AsArray().Sum(c => (int)c!["correctionRounds"]!) > 0);
    }

    private static async Task AssertEveryChainIntactAsync(LoadHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var verifier = scope.ServiceProvider.GetRequiredService<IAuditChainVerifier>();
        List<AuditChainReport> reports = [];
        string? after = null;
        do
        {
            var page = await verifier.VerifyAllAsync(after, 200, CancellationToken.None);
            reports.AddRange(page.Chains);
            after = page.NextAfter;
        }
        while (after is not null);

        Assert.All(reports, r => Assert.True(r.Intact, $"{r.Chain}: {r.FirstMismatch}"));
        Assert.Equal(await QueryAsync(host, db => db.WorkflowInstances.CountAsync()) + 2, reports.Count);
        Assert.Equal(await QueryAsync(host, db => db.RegistryWrites.LongCountAsync()), reports.Single(r => r.Chain == AuditChains.RegistryWrites).Verified);
    }

    private static async Task<T> QueryAsync<T>(LoadHost host, Func<ApprovalsDbContext, Task<T>> query)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ApprovalsDbContext>());
    }
}
