using System.Net.Http.Json;
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
/// The data-set builder's smoke (CI): a tiny zone is built on each provider; every audit chain it wrote verifies, and
/// a case it left open is taken up by the engine: a reviewer completes its task through the API and the case ends.
/// </summary>
public sealed class DataSetSmokeTests
{
    private const int Finished = 200;
    private const int Open = 10;

    [Fact]
    public async Task On_SQLite_the_built_zone_verifies_and_an_open_case_from_it_is_completed_by_a_reviewer()
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
    public async Task On_PostgreSQL_the_built_zone_verifies_and_an_open_case_from_it_is_completed_by_a_reviewer()
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
        Assert.Equal(Finished + Open + 2, await CountAsync(host, db => db.WorkflowInstances.CountAsync()));
        Assert.Equal(Open + 1, await CountAsync(host, db => db.HumanTasks.CountAsync(t => t.Status == HumanTaskStatus.Open)));
        await AssertEveryChainIntactAsync(host, registrations: Finished + 1);

        using var reviewer = TemplateCapture.Client(host, TemplateCapture.Reviewer);
        await reviewer.EnsureSignedInAsync(CancellationToken.None);
        var task = await ClonedOpenTaskAsync(reviewer);
        (await reviewer.Http.PostAsync($"/api/tasks/{(string)task["id"]!}/claim", null)).EnsureSuccessStatusCode();
        var completed = await reviewer.Http.PostAsJsonAsync($"/api/tasks/{(string)task["id"]!}/complete", new { outcome = "Approve" });

        completed.EnsureSuccessStatusCode();
        var instanceId = (string)task["instanceId"]!;
        Assert.Equal(WorkflowStatus.Finished, await CountAsync(host, db => db.WorkflowInstances.Where(i => i.Id == instanceId).Select(i => i.Status).SingleAsync()));
        // The engine went on from the cloned chain ends: the case's chain and the registry's take the new entries.
        await AssertEveryChainIntactAsync(host, registrations: Finished + 2);
    }

    /// <summary>A task of a case the builder wrote (not one of the two filed through HTTP to serve as templates).</summary>
    private static async Task<JsonObject> ClonedOpenTaskAsync(SignedInClient reviewer)
    {
        var tasks = (await reviewer.Http.GetFromJsonAsync<JsonArray>("/api/tasks?status=Open&pageSize=50"))!.Select(t => t!.AsObject()).ToList();
        Assert.Equal(Open + 1, tasks.Count);
        return tasks.First(t => ((string)t["instanceId"]!).StartsWith("d5", StringComparison.Ordinal));
    }

    private static async Task AssertEveryChainIntactAsync(LoadHost host, int registrations)
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
        Assert.Equal(Finished + Open + 2 + 2, reports.Count);
        Assert.Equal(registrations, reports.Single(r => r.Chain == AuditChains.RegistryWrites).Verified);
    }

    private static async Task<T> CountAsync<T>(LoadHost host, Func<ApprovalsDbContext, Task<T>> query)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ApprovalsDbContext>());
    }
}
