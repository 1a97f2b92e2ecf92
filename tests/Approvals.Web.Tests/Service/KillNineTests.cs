using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Approvals.Testing;
using Xunit.Abstractions;

namespace Approvals.Web.Tests.Service;

/// <summary>
/// The host is killed with SIGKILL in the middle of a batch of task completions that each send a mail and start a
/// timer that sends another, then started again on the same data. Nothing committed may be lost: every mail arrives,
/// each once by Message-ID (a mail whose hand-over was cut off may come again, with the same Message-ID, and its row
/// says the outcome is unknown), and every timer fires once.
/// </summary>
public sealed partial class KillNineTests(ITestOutputHelper output)
{
    private const int Cases = 12;
    private const int KillAfterMails = 3;
    private const string Password = "Approvals2026";
    private static readonly TimeSpan DeliveryLimit = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task On_SQLite_every_mail_and_timer_of_a_batch_killed_mid_send_arrives_once_after_restart()
    {
        await using var target = DatabaseTarget.Sqlite();
        await KillMidBatchAndRestartAsync(target);
    }

    [SkippableFact]
    public async Task On_PostgreSQL_every_mail_and_timer_of_a_batch_killed_mid_send_arrives_once_after_restart()
    {
        await using var target = await DatabaseTarget.PostgreSqlAsync();
        await KillMidBatchAndRestartAsync(target);
    }

    private async Task KillMidBatchAndRestartAsync(DatabaseTarget target)
    {
        using var mail = new MailCatcher();
        var environment = HostEnvironment(target, mail.Port);

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var first = await HostProcess.StartAsync(environment);
        var firstStarted = clock.Elapsed;
        var killed = new TaskCompletionSource<Task<int>>(TaskCreationOptions.RunContinuationsAsynchronously);
        var arrivals = 0;
        mail.OnArrival = _ =>
        {
            if (Interlocked.Increment(ref arrivals) == KillAfterMails)
                killed.TrySetResult(first.KillAsync());
        };
        List<string> instances;
        int completedBeforeKill;
        await using (first)
        {
            var regulator = await SignInAsync(first, "regulator.qingpu");
            var reviewer = await SignInAsync(first, "reviewer.qingpu");
            instances = [.. await Task.WhenAll(Enumerable.Range(1, Cases).Select(n => StartAsync(regulator, n)))];
            var tasks = await Task.WhenAll(instances.Select(id => OpenTaskAsync(reviewer, id)));
            completedBeforeKill = await CompleteUntilKilledAsync(reviewer, tasks);
            var exitCode = await (await killed.Task.WaitAsync(TimeSpan.FromSeconds(60))).WaitAsync(TimeSpan.FromSeconds(30));
            Assert.True(exitCode == 137, $"The host was not killed by SIGKILL (exit code {exitCode}).");
        }
        var beforeRestart = mail.Received().Count;

        var killedAt = clock.Elapsed;
        await using var second = await HostProcess.StartAsync(environment);
        var restarted = clock.Elapsed;
        var again = await SignInAsync(second, "reviewer.qingpu");
        foreach (var id in instances)
        {
            if (await OpenTaskOrNullAsync(again, id) is { } task)
                (await CompleteAsync(again, task)).EnsureSuccessStatusCode();
        }
        var expected = Enumerable.Range(1, Cases).SelectMany(n => new[] { $"Completed {n}", $"Timer {n}" }).ToHashSet();
        await mail.WaitUntilAsync(received => expected.IsSubsetOf(received.Select(m => m.Subject)), DeliveryLimit);
        IReadOnlyList<OutboxRow> rows = [];
        await Eventually.HoldsAsync(async () => (rows = await OutboxRows.ReadAsync(target)).All(r => r.Status == "Done"), DeliveryLimit,
            () => string.Join(", ", rows.Where(r => r.Status != "Done").Select(r => $"{r.Id} {r.Kind} {r.Status}")) + Environment.NewLine + second.Output);

        var received = mail.Received();
        output.WriteLine($"{target.Provider}: {completedBeforeKill} of {Cases} completions before the kill, {beforeRestart} mails before the restart, "
            + $"{received.Count} in all, {rows.Count(r => r.OutcomeUnknown)} rows with outcome unknown; started {firstStarted.TotalSeconds:0.0} s, "
            + $"killed {killedAt.TotalSeconds:0.0} s, restarted {restarted.TotalSeconds:0.0} s, all delivered {clock.Elapsed.TotalSeconds:0.0} s.");
        Assert.Equal(expected, received.Select(m => m.Subject).ToHashSet());
        foreach (var bySubject in received.GroupBy(m => m.Subject))
            Assert.True(bySubject.Select(m => m.MessageId).Distinct().Count() == 1, $"'{bySubject.Key}' came with several Message-IDs: {string.Join(", ", bySubject.Select(m => m.MessageId))}");
        foreach (var repeated in received.GroupBy(m => m.MessageId).Where(g => g.Count() > 1))
        {
            var row = rows.Single(r => r.Id == OutboxId(repeated.Key));
            Assert.True(row.OutcomeUnknown, $"Outbox row {row.Id} was delivered {repeated.Count()} times but does not say its outcome was unknown.");
        }
        var mailRows = rows.Where(r => r.Kind == "Email").ToList();
        Assert.Equal(2 * Cases, mailRows.Count);
        Assert.Equal(Cases, rows.Count(r => r.Kind == "Timer"));
        var regulatorAgain = await SignInAsync(second, "regulator.qingpu");
        foreach (var id in instances)
            Assert.Equal("Finished", (string)(await regulatorAgain.GetFromJsonAsync<JsonObject>($"/api/workflow-instances/{id}"))!["instance"]!["status"]!);
    }

    private static Dictionary<string, string> HostEnvironment(DatabaseTarget target, int smtpPort)
    {
        var workflows = Directory.CreateDirectory(Path.Combine(target.Folder, "workflows")).FullName;
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Definitions", "crash-mail.json"), Path.Combine(workflows, "crash-mail.json"));
        return new()
        {
            ["Database__Provider"] = target.Provider,
            ["ConnectionStrings__Approvals"] = target.ConnectionString,
            ["ConnectionStrings__Hangfire"] = Path.Combine(target.Folder, "hangfire.db"),
            ["Workflows__Folder"] = workflows,
            ["Documents__StorageFolder"] = Path.Combine(target.Folder, "documents"),
            ["Smtp__Host"] = "127.0.0.1",
            ["Smtp__Port"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Smtp__PickupFolder"] = "",
            ["App__PublicBaseUrl"] = "https://approvals.kill.test/",
            // A dead worker's row is free after 3 s and the sweeper looks every second: recovery well within the test's time.
            ["Outbox__Lease"] = "00:00:03",
            ["Outbox__SweepInterval"] = "00:00:01",
            ["Outbox__LostJobAfter"] = "00:00:05",
            ["Outbox__FirstRetryDelay"] = "00:00:01",
        };
    }

    private static async Task<HttpClient> SignInAsync(HostProcess host, string account)
    {
        var client = new HttpClient { BaseAddress = host.RootUri };
        var login = await client.PostAsJsonAsync("/api/auth/login", new { email = $"{account}@approvals.local", password = Password });
        login.EnsureSuccessStatusCode();
        var token = (string)(await login.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<string> StartAsync(HttpClient regulator, int n)
    {
        var response = await regulator.PostAsJsonAsync("/api/workflow-instances", new { definitionId = "crash-mail", input = new { n } });
        response.EnsureSuccessStatusCode();
        return (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
    }

    private static async Task<string> OpenTaskAsync(HttpClient reviewer, string instanceId) =>
        await OpenTaskOrNullAsync(reviewer, instanceId) ?? throw new InvalidOperationException($"Instance {instanceId} has no open task.");

    private static async Task<string?> OpenTaskOrNullAsync(HttpClient reviewer, string instanceId)
    {
        var tasks = (await reviewer.GetFromJsonAsync<JsonArray>($"/api/tasks?instanceId={instanceId}"))!;
        return tasks.Where(t => (string)t!["status"]! == "Open").Select(t => (string?)t!["id"]).SingleOrDefault();
    }

    private static Task<HttpResponseMessage> CompleteAsync(HttpClient reviewer, string taskId) =>
        reviewer.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { outcome = "Approve" });

    /// <summary>Completes one task after another until the host dies under them; returns how many were confirmed.</summary>
    private static async Task<int> CompleteUntilKilledAsync(HttpClient reviewer, IEnumerable<string> taskIds)
    {
        var completed = 0;
        foreach (var task in taskIds)
        {
            try
            {
                (await CompleteAsync(reviewer, task)).EnsureSuccessStatusCode();
                completed++;
            }
            catch (HttpRequestException)
            {
                break;
            }
        }
        return completed;
    }

    private static long OutboxId(string messageId) =>
        long.Parse(OutboxMessageId().Match(messageId) is { Success: true } match ? match.Groups["id"].Value : throw new InvalidOperationException($"'{messageId}' is not an outbox Message-ID."),
            System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^outbox-(?<id>\d+)-[0-9a-f]+@")]
    private static partial Regex OutboxMessageId();
}
