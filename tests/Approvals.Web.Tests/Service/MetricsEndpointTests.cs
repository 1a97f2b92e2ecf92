using System.Diagnostics.Metrics;
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
        // Every test host of this process creates an "Approvals" meter, and OpenTelemetry merges instruments of one
        // name across them (a disposed host can take a merged series out of the scrape). So what this host counts is
        // watched on its own meters, the ones its meter factory made; the scrape is checked for its format.
        var thisHost = _factory.Services.GetRequiredService<IMeterFactory>();
        long completions = 0, mailsSent = 0, openInQingpu = 0;
        var observed = new System.Collections.Concurrent.ConcurrentDictionary<string, bool>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Scope == thisHost && (instrument.Meter.Name == "Approvals" || instrument.Name == "http.server.request.duration"))
                    l.EnableMeasurementEvents(instrument);
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            observed[instrument.Name] = true;
            if (instrument.Name == "approvals.mail.sent")
                Interlocked.Add(ref mailsSent, value);
            else if (instrument.Name == "approvals.engine.steps" && tags.ToArray().Any(t => t.Key == "kind" && (string?)t.Value == "complete-task"))
                Interlocked.Add(ref completions, value);
        });
        listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) =>
        {
            observed[instrument.Name] = true;
            if (instrument.Name == "approvals.tasks.open" && tags.ToArray().Any(t => t.Key == "district" && (string?)t.Value == Qingpu))
                Interlocked.Exchange(ref openInQingpu, value);
        });
        listener.SetMeasurementEventCallback<double>((instrument, _, tags, _) =>
        {
            observed[instrument.Name] = true;
            if (instrument.Name == "http.server.request.duration" && tags.ToArray().Any(t => t.Key == "http.route" && (string?)t.Value == "/api/tasks/{id}/complete"))
                observed["completion latency"] = true;
        });
        listener.Start();
        await ScrapeAsync(admin);
        var applicant = TestUser.Applicant("metrics-approved");
        var (_, id, _) = await _cases.SubmitAsync(applicant,
            Cases.InitialRegistration(People.NewIdNumber(), Qingpu, 2, Qingpu, "JL-LOCAL-0301", name: "孙丽"), Cases.InitialDocuments);

        (await _cases.DecideAsync(TestUser.Reviewer("metrics-qp-reviewer", Qingpu), id, "review", "Approve")).EnsureSuccessStatusCode();
        await _cases.SendQueuedMailAsync(id);
        var after = await ScrapeAsync(admin);
        listener.RecordObservableInstruments();

        Assert.True(Interlocked.Read(ref completions) >= 1, "No completed task was counted.");
        Assert.True(Interlocked.Read(ref mailsSent) >= 1, "No sent mail was counted.");
        Assert.True(Interlocked.Read(ref openInQingpu) >= 1, "The open-task gauge did not count the case waiting for review in Qingpu.");
        // The gauges read the database when observed.
        foreach (var gauge in new[] { "approvals.outbox.backlog", "approvals.outbox.oldest.age", "approvals.outbox.stranded", "approvals.tasks.open", "approvals.tasks.overdue" })
            Assert.True(observed.ContainsKey(gauge), $"The gauge {gauge} was not observed.");
        // The HTTP latency per route comes from ASP.NET Core's instrumentation; the scrape is Prometheus text.
        Assert.True(observed.ContainsKey("completion latency"), "The completion's latency was not recorded under its route.");
        Assert.Contains("# TYPE ", after, StringComparison.Ordinal);
        Assert.Contains("target_info{service_name=\"approvals\"", after, StringComparison.Ordinal);
    }

    private static async Task<string> ScrapeAsync(HttpClient admin)
    {
        var response = await admin.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
