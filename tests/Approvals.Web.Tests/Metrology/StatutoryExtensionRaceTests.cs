using System.Net;
using System.Text.Json.Nodes;
using Approvals.UseCases.Records;
using Approvals.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.Web.Tests.Metrology;

/// <summary>
/// A regulator extends a case's limit (art. 42) at the moment a reviewer's step lands on the same instance: the step
/// wins, the extension is refused with a 409 that says so, and nothing of the extension is kept. A barrier holds the
/// extension just before its save while the step commits; no sleeps.
/// </summary>
public abstract class StatutoryExtensionRaceTests<TFactory>(TFactory factory) : IClassFixture<TFactory>, IAsyncLifetime
    where TFactory : MetrologyApiFactory
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private const string Qingpu = "310118";
    private readonly Cases _cases = new(factory);

    public async Task InitializeAsync()
    {
        factory.EnsureAvailable();
        await factory.SeedRegistryAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [SkippableFact]
    public async Task An_extension_racing_a_step_on_the_same_case_is_a_conflict_that_changes_nothing()
    {
        var (applicant, applicationId, submitted) = await _cases.SubmitAsync(TestUser.Applicant("ext-race"),
            Cases.InitialRegistration(People.NewIdNumber(), Qingpu, 2, Qingpu, "JL-LOCAL-0" + Random.Shared.Next(200, 999)), Cases.InitialDocuments);
        var instanceId = submitted["instanceId"].Str();
        var hold = new HoldBeforeExtensionSave();
        var host = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<IInterceptor>(hold)));
        var regulator = host.CreateClient();
        regulator.DefaultRequestHeaders.Add(TestAuthHandler.Header, new TestUser("ext-race-qp", "ext-race-qp@bureau.test", "Regulator", Qingpu).Header);
        regulator.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var extension = regulator.PostAsync($"/api/workflow-instances/{instanceId}/extend",
            new StringContent(new JsonObject { ["reason"] = "需组织专家评审" }.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        await hold.Reached.WaitAsync(Patience);
        (await _cases.DecideAsync(TestUser.Reviewer("ext-race-reviewer", Qingpu), applicationId, "review", "Approve")).EnsureSuccessStatusCode();
        hold.Release();
        var refused = await extension.WaitAsync(Patience);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("nothing was extended", (await refused.ProblemAsync())["detail"].Str(), StringComparison.OrdinalIgnoreCase);
        Assert.False(await factory.DatabaseAsync(db => db.StatutoryExtensions.AnyAsync(e => e.InstanceId == instanceId)));
        Assert.DoesNotContain(await _cases.MailsAsync(applicationId), m => m.Subject.StartsWith("办理期限延长告知", StringComparison.Ordinal));
        Assert.DoesNotContain((await _cases.GetAsync(applicant, applicationId))["timeline"]!.AsArray(), e => e!["note"] is not null && e["note"]!.ToJsonString().Contains("需组织专家评审", StringComparison.Ordinal));
        var clock = await factory.ClientFor(new TestUser("ext-race-qp", "ext-race-qp@bureau.test", "Regulator", Qingpu)).GetJsonAsync($"/api/workflow-instances/{instanceId}/statutory-clock");
        Assert.Equal(20, (int)clock["limitWorkingDays"]!);
    }

    /// <summary>Holds the next save that adds an extension until <see cref="Release"/>, telling when it got there.</summary>
    private sealed class HoldBeforeExtensionSave : SaveChangesInterceptor
    {
        private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _armed = 1;

        public Task Reached => _reached.Task;

        public void Release() => _released.TrySetResult();

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (eventData.Context is { } context && context.ChangeTracker.Entries<StatutoryExtensionRecord>().Any(e => e.State == EntityState.Added)
                && Interlocked.Exchange(ref _armed, 0) == 1)
            {
                _reached.TrySetResult();
                await _released.Task;
            }
            return result;
        }
    }
}

public sealed class SqliteStatutoryExtensionRaceTests(MetrologyApiFactory factory) : StatutoryExtensionRaceTests<MetrologyApiFactory>(factory);

public sealed class PostgreSqlStatutoryExtensionRaceTests(PostgreSqlMetrologyApiFactory factory) : StatutoryExtensionRaceTests<PostgreSqlMetrologyApiFactory>(factory);
