using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Approvals.Infrastructure.Deadlines;
using Approvals.Web.Tests.Metrology.EndToEnd;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Approvals.Web.Tests.Support;

namespace Approvals.Web.Tests.Tasks;

/// <summary>
/// The worklist's "due" filter and due sort read the case's statutory clock (from acceptance, stopped while the
/// applicant holds the case for corrections), not the task's own deadline: a case returned after corrections is due
/// later by the working days the applicant held it.
/// </summary>
public abstract class StatutoryDueWorklistTests<TFactory>(TFactory factory) : IClassFixture<TFactory>, IAsyncLifetime
    where TFactory : MetrologyApiFactory
{
    private const string Qingpu = "310118";
    private readonly Cases _cases = new(factory);

    public async Task InitializeAsync()
    {
        factory.EnsureAvailable();
        await factory.SeedRegistryAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [SkippableFact]
    public async Task A_case_held_for_corrections_is_due_later_by_the_days_held_and_the_due_filter_and_sort_follow_it()
    {
        var reviewer = TestUser.Reviewer("statutory-due-reviewer", Qingpu);
        var reviewerClient = factory.ClientFor(reviewer);
        var (heldClient, heldCase, held) = await FileAsync("statutory-due-held", "郑补正", "JL-SD-1");
        var (waitingClient, waitingCase, waiting) = await FileAsync("statutory-due-waiting", "冯等待", "JL-SD-2");
        var dueBefore = await StatutoryDueAsync(heldClient, heldCase);

        (await _cases.DecideAsync(reviewer, heldCase, "review", "RequestCorrections", "请补充劳动合同")).EnsureSuccessStatusCode();
        factory.Clock.Advance(TimeSpan.FromDays(14));
        await heldClient.PostJsonAsync($"/api/applications/{heldCase}/submit", null);

        var heldDue = await StatutoryDueAsync(heldClient, heldCase);
        var waitingDue = await StatutoryDueAsync(waitingClient, waitingCase);
        Assert.True(heldDue >= dueBefore.AddDays(14), $"held for 14 days, due {heldDue:O} (was {dueBefore:O})");
        Assert.True(heldDue > waitingDue);

        var byDue = await ListAsync(reviewerClient, "?sort=due");
        Assert.Equal([waiting, held], InOrder(byDue, held, waiting));
        var byDueDescending = await ListAsync(reviewerClient, "?sort=-due");
        Assert.Equal([held, waiting], InOrder(byDueDescending, held, waiting));

        factory.Clock.SetUtcNow(waitingDue.AddDays(-1));
        Assert.Equal([waiting], InOrder(await ListAsync(reviewerClient, "?due=soon"), held, waiting));
        Assert.Equal([held], InOrder(await ListAsync(reviewerClient, "?due=later"), held, waiting));
        Assert.Empty(InOrder(await ListAsync(reviewerClient, "?due=overdue"), held, waiting));
    }

    [SkippableFact]
    public async Task Cases_running_before_the_due_date_was_stored_get_it_once_at_start_up_as_their_case_page_shows_it()
    {
        var (client, caseId, instanceId) = await FileAsync("statutory-due-backfill", "褚回填", "JL-SD-3");
        await factory.DatabaseAsync(async db =>
        {
            await db.WorkflowInstances.Where(i => i.Id == instanceId).ExecuteUpdateAsync(u => u.SetProperty(i => i.StatutoryDueAt, (DateTimeOffset?)null));
            return await db.CompletedOneOffTasks.Where(t => t.Name == StatutoryDueDateBackfill.Name).ExecuteDeleteAsync();
        });

        var dated = await BackfillAsync();
        var again = await BackfillAsync();

        Assert.True(dated >= 1);
        Assert.Equal(0, again);
        var stored = await factory.DatabaseAsync(db => db.WorkflowInstances.Where(i => i.Id == instanceId).Select(i => i.StatutoryDueAt).SingleAsync());
        Assert.Equal(await StatutoryDueAsync(client, caseId), stored);
    }

    [SkippableFact]
    public async Task A_decided_case_keeps_when_it_was_decided_and_the_due_date_it_was_decided_against()
    {
        var (client, caseId, instanceId) = await FileAsync("statutory-due-decided", "卫决定", "JL-SD-4");
        var shownDue = await StatutoryDueAsync(client, caseId);
        factory.Clock.Advance(TimeSpan.FromDays(3));
        var before = factory.Clock.GetUtcNow();

        (await _cases.DecideAsync(TestUser.Reviewer("statutory-due-decider", Qingpu), caseId, "review", "Reject", "注册项目与考核合格证不符")).EnsureSuccessStatusCode();

        var after = factory.Clock.GetUtcNow();
        var stored = await factory.DatabaseAsync(db => db.Applications.Where(a => a.Id == caseId).Select(a => new { a.Status, a.DecidedAt, a.DecisionDueAt }).SingleAsync());
        var instanceDue = await factory.DatabaseAsync(db => db.WorkflowInstances.Where(i => i.Id == instanceId).Select(i => i.StatutoryDueAt).SingleAsync());
        Assert.Equal(Approvals.Core.Applications.ApplicationStatus.Rejected, stored.Status);
        Assert.InRange(stored.DecidedAt!.Value, before, after);
        Assert.Equal(instanceDue, stored.DecisionDueAt);
        // The applicant's page computes the same deadline (to the second: the test clock moves while the page is read).
        Assert.InRange(stored.DecisionDueAt!.Value, shownDue.AddSeconds(-1), shownDue.AddSeconds(1));
    }

    private async Task<int> BackfillAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<StatutoryDueDateBackfill>().RunAsync(CancellationToken.None);
    }

    /// <returns>the applicant's client, the case's id and its procedure's id.</returns>
    private async Task<(HttpClient Client, string CaseId, string InstanceId)> FileAsync(string applicant, string name, string certificate)
    {
        var (client, id, _) = await _cases.SubmitAsync(TestUser.Applicant(applicant), Cases.InitialRegistration(People.NewIdNumber(), Qingpu, 2, Qingpu, certificate, name), Cases.InitialDocuments);
        return (client, id, (await _cases.GetAsync(client, id))["instanceId"].Str());
    }

    /// <summary>The deadline the applicant's case page shows.</summary>
    private async Task<DateTimeOffset> StatutoryDueAsync(HttpClient applicant, string caseId) =>
        DateTimeOffset.Parse((await _cases.GetAsync(applicant, caseId))["timeLimit"]!["dueAt"].Str(), CultureInfo.InvariantCulture);

    /// <summary>The procedures among <paramref name="instanceIds"/> in the order the worklist lists their tasks (other tests' cases left out).</summary>
    private static List<string> InOrder(IReadOnlyList<JsonNode?> rows, params string[] instanceIds) =>
        [.. rows.Select(r => r!["instanceId"].Str()).Where(instanceIds.Contains)];

    private static async Task<IReadOnlyList<JsonNode?>> ListAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync("/api/tasks" + query + "&status=Open&pageSize=100");
        return [.. (await response.ReadAsync(HttpStatusCode.OK)).AsArray()];
    }
}

public sealed class SqliteStatutoryDueWorklistTests(SqliteMatrixFactory factory) : StatutoryDueWorklistTests<SqliteMatrixFactory>(factory);

public sealed class PostgreSqlStatutoryDueWorklistTests(PostgreSqlMatrixFactory factory) : StatutoryDueWorklistTests<PostgreSqlMatrixFactory>(factory);
