using System.Net;
using System.Text.Json.Nodes;
using Approvals.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Web.Tests.Metrology;

/// <summary>
/// The administrator's audit verification through the API, on each database provider: cases decided at once
/// leave intact chains; a decision's reason rewritten in the database is named.
/// </summary>
public abstract class AuditVerificationTests<TFactory> : IClassFixture<TFactory>, IAsyncLifetime
    where TFactory : MetrologyApiFactory
{
    private const string Jiashan = "330421";
    private static readonly TestUser Administrator = new("audit-admin", "audit-admin@bureau.test", "Administrator", null);

    private readonly TFactory _factory;
    private readonly Cases _cases;

    protected AuditVerificationTests(TFactory factory)
    {
        _factory = factory;
        _cases = new Cases(factory);
    }

    public Task InitializeAsync() => _factory.SeedRegistryAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [SkippableFact]
    public async Task Two_registrations_issued_at_once_leave_one_intact_chain_of_registry_writes()
    {
        var reviewer = TestUser.Reviewer("audit-reviewer", Jiashan);
        var cases = new List<(HttpClient Client, string Id)>();
        foreach (var (applicant, certificate) in new[] { ("audit-first", "JL-AUD-1"), ("audit-second", "JL-AUD-2") })
        {
            var (client, id, _) = await _cases.SubmitAsync(TestUser.Applicant(applicant), Cases.InitialRegistration(People.NewIdNumber(), Jiashan, 2, Jiashan, certificate), Cases.InitialDocuments);
            cases.Add((client, id));
        }
        var writesBefore = await _factory.DatabaseAsync(db => db.RegistryWrites.LongCountAsync());

        var decided = await Task.WhenAll(cases.Select(c => Task.Run(() => _cases.DecideAsync(reviewer, c.Id, "review", "Approve"))));

        Assert.All(decided, d => d.EnsureSuccessStatusCode());
        var writes = Single(await VerifyAsync("chain=registry-writes"));
        Assert.True(writes["intact"]!.GetValue<bool>(), writes.ToJsonString());
        Assert.Equal(writesBefore + 2, writes["verified"]!.GetValue<long>());
        foreach (var (client, id) in cases)
        {
            var instanceId = (await _cases.GetAsync(client, id))["instanceId"].Str();
            var instance = Single(await VerifyAsync($"chain=instance&instanceId={instanceId}"));
            Assert.True(instance["intact"]!.GetValue<bool>(), instance.ToJsonString());
        }
    }

    [SkippableFact]
    public async Task A_decision_reason_rewritten_in_the_database_is_named_by_the_verification()
    {
        var (client, id, _) = await _cases.SubmitAsync(TestUser.Applicant("audit-rejected"), Cases.InitialRegistration(People.NewIdNumber(), Jiashan, 2, Jiashan, "JL-AUD-3"), Cases.InitialDocuments);
        var task = await _cases.OpenTaskAsync(_factory.ClientFor(TestUser.Reviewer("audit-reviewer", Jiashan)), id, "review");
        (await _cases.DecideAsync(TestUser.Reviewer("audit-reviewer", Jiashan), id, "review", "Reject", "资格证书与身份证姓名不一致")).EnsureSuccessStatusCode();
        var instanceId = (await _cases.GetAsync(client, id))["instanceId"].Str();
        var taskId = task["id"].Str();

        await _factory.DatabaseAsync(db => db.Database.ExecuteSqlAsync($"""UPDATE "HumanTasks" SET "Comment" = '材料齐全' WHERE "Id" = {taskId}"""));
        var report = Single(await VerifyAsync($"chain=instance&instanceId={instanceId}"));

        Assert.False(report["intact"]!.GetValue<bool>());
        var mismatch = report["firstMismatch"]!;
        Assert.Equal(("ContentChanged", "decision", taskId), (mismatch["problem"].Str(), mismatch["entryKind"].Str(), mismatch["entryId"].Str()));
    }

    [SkippableFact]
    public async Task Verifying_all_pages_through_the_instances_after_the_registry_chains()
    {
        var first = await VerifyAsync("chain=all&take=1");

        var chains = first["chains"]!.AsArray().Select(c => c!["chain"].Str()).ToList();
        Assert.Equal(["registry-writes", "registry-reads"], chains.Take(2));
        Assert.True(chains.Count <= 3);
    }

    [SkippableFact]
    public async Task An_unknown_chain_or_instance_is_refused_with_what_to_ask_instead()
    {
        using var admin = _factory.ClientFor(Administrator);

        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/api/admin/audit/verify?chain=everything")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/api/admin/audit/verify?chain=instance")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/admin/audit/verify?chain=instance&instanceId=no-such-instance")).StatusCode);
    }

    private async Task<JsonNode> VerifyAsync(string query)
    {
        using var admin = _factory.ClientFor(Administrator);
        return await admin.GetJsonAsync($"/api/admin/audit/verify?{query}");
    }

    private static JsonNode Single(JsonNode page) => Assert.Single(page["chains"]!.AsArray())!;
}

public sealed class SqliteAuditVerificationTests(MetrologyApiFactory factory) : AuditVerificationTests<MetrologyApiFactory>(factory);

public sealed class PostgreSqlAuditVerificationTests(PostgreSqlMetrologyApiFactory factory) : AuditVerificationTests<PostgreSqlMetrologyApiFactory>(factory);
