using System.Diagnostics.Metrics;
using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Approvals.Web.Tests.Support;

namespace Approvals.Web.Tests.Service;

/// <summary>The Prometheus scrape at <c>/metrics</c>: for administrators only, and it moves when the engine works and mail goes out.</summary>
public sealed class MetricsEndpointTests : IClassFixture<MetrologyApiFactory>, IAsyncLifetime
{
    private const string Qingpu = "310118";
    private readonly MetrologyApiFactory _factory;
    private readonly Cases _cases;

    public MetricsEndpointTests(MetrologyApiFactory factory)
    {
        _factory = factory;
        _cases = new Cases(factory);
    }

    public Task InitializeAsync() => _factory.SeedRegistryAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Anonymous_callers_are_sent_to_sign_in_and_signed_in_non_administrators_are_refused()
    {
        using var anonymous = _factory.CreateClient();
        using var reviewer = _factory.ClientFor(TestUser.Reviewer("metrics-reviewer", Qingpu));
        using var regulator = _factory.ClientFor(new TestUser("metrics-regulator", "metrics-regulator@bureau.test", "Regulator", Qingpu));
        using var applicant = _factory.ClientFor(TestUser.Applicant("metrics-applicant"));

        var refused = await anonymous.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.DoesNotContain("approvals_", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        foreach (var client in new[] { reviewer, regulator, applicant })
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/metrics")).StatusCode);
    }

    [Fact]
    public async Task After_a_reviewer_completes_a_task_the_scrape_shows_the_step_and_the_sent_mail_counted()
    {
        using var admin = _factory.ClientFor(new TestUser("metrics-admin", "metrics-admin@bureau.test", "Administrator", null));
        // A second case waits for its review: an open task in Qingpu for the gauges (read before the first scrape).
        await _cases.SubmitAsync(TestUser.Applicant("metrics-waiting"),
            Cases.InitialRegistration(People.NewIdNumber(), Qingpu, 2, Qingpu, "JL-LOCAL-0302", name: "钱芳"), Cases.InitialDocuments);
        // Every test host of this process creates an "Approvals" meter; the exporter may show another host's instruments
        // of the same name, so the counting itself is watched on the instruments, and the scrape checked for the series.
        // This host's meter is the one its own meter factory made.
        var thisHost = _factory.Services.GetRequiredService<IMeterFactory>();
        long completions = 0, mailsSent = 0, openInQingpu = 0;
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Scope == thisHost && instrument.Name is "approvals.engine.steps" or "approvals.mail.sent" or "approvals.tasks.open")
                    l.EnableMeasurementEvents(instrument);
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            if (instrument.Name == "approvals.mail.sent")
                Interlocked.Add(ref mailsSent, value);
            else if (tags.ToArray().Any(t => t.Key == "kind" && (string?)t.Value == "complete-task"))
                Interlocked.Add(ref completions, value);
        });
        listener.SetMeasurementEventCallback<int>((_, value, tags, _) =>
        {
            if (tags.ToArray().Any(t => t.Key == "district" && (string?)t.Value == Qingpu))
                Interlocked.Exchange(ref openInQingpu, value);
        });
        listener.Start();
        await ScrapeAsync(admin);
        var applicant = TestUser.Applicant("metrics-approved");
        var (_, id, _) = await _cases.SubmitAsync(applicant,
            Cases.InitialRegistration(People.NewIdNumber(), Qingpu, 2, Qingpu, "JL-LOCAL-0301", name: "孙丽"), Cases.InitialDocuments);

        (await _cases.DecideAsync(TestUser.Reviewer("metrics-qp-reviewer", Qingpu), id, "review", "Approve")).EnsureSuccessStatusCode();
        await _cases.SendQueuedMailAsync(id);
        var after = await ScrapeAsync(admin);

        Assert.True(Interlocked.Read(ref completions) >= 1, "No completed task was counted.");
        Assert.True(Interlocked.Read(ref mailsSent) >= 1, "No sent mail was counted.");
        // The gauges read the database; the HTTP latency per route comes from ASP.NET Core's instrumentation.
        Assert.Contains("approvals_outbox_backlog", after, StringComparison.Ordinal);
        Assert.Contains("approvals_outbox_oldest_age_seconds", after, StringComparison.Ordinal);
        listener.RecordObservableInstruments();
        Assert.True(Interlocked.Read(ref openInQingpu) >= 1, "The open-task gauge did not count the case waiting for review in Qingpu.");
        Assert.Contains("approvals_tasks_open", after, StringComparison.Ordinal);
        Assert.Contains("approvals_tasks_overdue", after, StringComparison.Ordinal);
        Assert.Contains("http_server_request_duration_seconds_bucket{", after, StringComparison.Ordinal);
        Assert.Contains("http_route=\"/api/tasks/{id}/complete\"", after, StringComparison.Ordinal);
    }

    private static async Task<string> ScrapeAsync(HttpClient admin)
    {
        var response = await admin.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The sum of a metric's samples whose labels contain <paramref name="label"/> (0 when it has none yet).</summary>
    private static double Sum(string scrape, string metric, string label) =>
        scrape.Split('\n')
            .Where(line => (line.StartsWith(metric + "{", StringComparison.Ordinal) || line.StartsWith(metric + " ", StringComparison.Ordinal)) && line.Contains(label, StringComparison.Ordinal))
            .Sum(line => double.Parse(line[(line.IndexOf('}') is var brace and >= 0 ? brace + 1 : metric.Length)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture));
}
