using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Approvals.Testing;
using Npgsql;
using Xunit.Abstractions;

namespace Approvals.Web.Tests.Service;

/// <summary>
/// Two hosts (real processes) on one PostgreSQL database and one Hangfire schema are one
/// deployment: cases started and tasks completed through either node, each completion sent to both nodes at once,
/// give one task per step, one journal entry per event, every mail once and every timer once; a person signed in
/// on one node is signed in on the other.
/// </summary>
public sealed class TwoNodeTests(ITestOutputHelper output)
{
    private const int Cases = 10;
    private static readonly TimeSpan DeliveryLimit = TimeSpan.FromSeconds(60);

    [SkippableFact]
    public async Task Two_nodes_started_together_on_one_database_do_each_task_journal_entry_mail_and_timer_once_and_share_sign_ins()
    {
        await using var target = await DatabaseTarget.PostgreSqlAsync();
        using var mail = new MailCatcher();
        var environment = HostEnvironment(target, mail.Port);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        // Started at the same moment on a fresh database: migrations, Hangfire's schema, roles and the development
        // accounts and registry are each set up once, by whichever node comes first.
        var starting = await Task.WhenAll(HostProcess.StartAsync(environment), HostProcess.StartAsync(environment));
        await using var first = starting[0];
        await using var second = starting[1];
        var nodes = new[] { first, second };
        output.WriteLine($"Both nodes listen after {clock.Elapsed.TotalSeconds:0.0} s.");

        var regulator = await SignedInBrowser.SignInAsync(first, second, "regulator.qingpu");
        var reviewer = await SignedInBrowser.SignInAsync(second, first, "reviewer.qingpu");
        var instances = await Task.WhenAll(Enumerable.Range(1, Cases).Select(n => StartAsync(regulator.On(nodes[n % 2]), n)));
        var tasks = await Task.WhenAll(instances.Select((id, i) => OpenTaskAsync(reviewer.On(nodes[i % 2]), id)));
        var completions = await Task.WhenAll(tasks.SelectMany(task => nodes.Select(node => CompleteAsync(reviewer.On(node), task))));

        var expected = Enumerable.Range(1, Cases).SelectMany(n => new[] { $"Completed {n}", $"Timer {n}" }).ToHashSet();
        await mail.WaitUntilAsync(received => expected.IsSubsetOf(received.Select(m => m.Subject)), DeliveryLimit);
        IReadOnlyList<OutboxRow> rows = [];
        await Eventually.HoldsAsync(async () => (rows = await OutboxRows.ReadAsync(target)).All(r => r.Status == "Done"), DeliveryLimit,
            () => string.Join(", ", rows.Where(r => r.Status != "Done").Select(r => $"{r.Id} {r.Kind} {r.Status}")));
        output.WriteLine($"All delivered after {clock.Elapsed.TotalSeconds:0.0} s.");

        Assert.All(completions, status => Assert.True(status is HttpStatusCode.OK or HttpStatusCode.Conflict, $"A completion answered {status}."));
        Assert.Equal(Cases, completions.Count(status => status == HttpStatusCode.OK));
        var received = mail.Received();
        Assert.Equal(2 * Cases, received.Count);
        Assert.Equal(expected, received.Select(m => m.Subject).ToHashSet());
        Assert.Equal(received.Count, received.Select(m => m.MessageId).Distinct().Count());
        Assert.Equal(Cases, rows.Count(r => r.Kind == "Timer"));
        Assert.Equal(Cases, await CountAsync(target, """SELECT COUNT(*) FROM "HumanTasks" """));
        Assert.Equal(0, await CountAsync(target, """
            SELECT COUNT(*) FROM (SELECT 1 FROM "Journal" GROUP BY "InstanceId", "ActivityId", "Event" HAVING COUNT(*) > 1) AS repeated
            """));
        foreach (var node in nodes)
        {
            foreach (var id in instances)
                Assert.Equal("Finished", (string)(await regulator.On(node).GetFromJsonAsync<JsonObject>($"/api/workflow-instances/{id}"))!["instance"]!["status"]!);
        }
    }

    private static Dictionary<string, string> HostEnvironment(DatabaseTarget target, int smtpPort)
    {
        var workflows = Directory.CreateDirectory(Path.Combine(target.Folder, "workflows")).FullName;
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Definitions", "crash-mail.json"), Path.Combine(workflows, "crash-mail.json"));
        return new()
        {
            ["Database__Provider"] = target.Provider,
            ["ConnectionStrings__Approvals"] = target.ConnectionString,
            ["Deployment__Nodes"] = "2",
            ["Workflows__Folder"] = workflows,
            ["Documents__StorageFolder"] = Path.Combine(target.Folder, "documents"),
            ["Smtp__Host"] = "127.0.0.1",
            ["Smtp__Port"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Smtp__PickupFolder"] = "",
            ["App__PublicBaseUrl"] = "https://approvals.nodes.test/",
        };
    }

    private static async Task<string> StartAsync(HttpClient regulator, int n)
    {
        var response = await regulator.PostAsJsonAsync("/api/workflow-instances", new { definitionId = "crash-mail", input = new { n } });
        response.EnsureSuccessStatusCode();
        return (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
    }

    private static async Task<string> OpenTaskAsync(HttpClient reviewer, string instanceId)
    {
        var tasks = (await reviewer.GetFromJsonAsync<JsonArray>($"/api/tasks?instanceId={instanceId}"))!;
        return tasks.Where(t => (string)t!["status"]! == "Open").Select(t => (string)t!["id"]!).Single();
    }

    private static async Task<HttpStatusCode> CompleteAsync(HttpClient reviewer, string taskId) =>
        (await reviewer.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { outcome = "Approve" })).StatusCode;

    private static async Task<long> CountAsync(DatabaseTarget target, string sql)
    {
        await using var connection = new NpgsqlConnection(target.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
