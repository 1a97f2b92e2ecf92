using System.Net;
using Approvals.Infrastructure.Workflows.Commit;
using Approvals.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.Web.Tests.Metrology;

/// <summary>
/// Submitting a case and starting its procedure are one transaction: the case's number, its link to the instance,
/// its submitted state and the instance's first step commit together or not at all. Case numbers run without gaps,
/// so a submission that fails takes none.
/// </summary>
public sealed class SubmissionTransactionTests : IClassFixture<SubmissionTransactionTests.CrashingFactory>, IAsyncLifetime
{
    private const string Qingpu = "310118";
    private readonly CrashingFactory _factory;
    private readonly Cases _cases;

    public SubmissionTransactionTests(CrashingFactory factory)
    {
        _factory = factory;
        _cases = new Cases(factory);
    }

    public Task InitializeAsync() => _factory.SeedRegistryAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_submission_whose_first_step_dies_before_its_commit_leaves_the_draft_unlinked_unnumbered_and_without_an_instance()
    {
        var (client, id) = await _cases.DraftAsync(TestUser.Applicant("crash-applicant"),
            Cases.InitialRegistration(People.NewIdNumber(), Qingpu, 2, Qingpu, "JL-TX-0001"), Cases.InitialDocuments);

        _factory.Crash.ArmOnce();
        var failed = await client.PostAsync($"/api/applications/{id}/submit", null);

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        var draft = await _cases.GetAsync(client, id);
        Assert.Equal("Draft", Cases.Status(draft));
        Assert.Null(draft["summary"]!["caseNumber"]);
        Assert.Null(draft["instanceId"]);
        Assert.Equal(["Draft"], Cases.Timeline(draft));
        var (linked, instances, counters) = await _factory.DatabaseAsync(async db => (
            await db.Applications.Where(a => a.Id == id).Select(a => a.InstanceId).SingleAsync(),
            await db.WorkflowInstances.CountAsync(i => i.CorrelationId == id),
            await db.CaseNumberCounters.CountAsync(c => c.DistrictCode == Qingpu)));
        Assert.Null(linked);
        Assert.Equal(0, instances);
        Assert.Equal(0, counters);

        var submitted = await client.PostJsonAsync($"/api/applications/{id}/submit", null);

        var year = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).Year;
        Assert.Equal($"SQ-{Qingpu}-{year}-000001", submitted["summary"]!["caseNumber"].Str());
        var instanceId = submitted["instanceId"].Str();
        Assert.Equal(1, await _factory.DatabaseAsync(db => db.WorkflowInstances.CountAsync(i => i.Id == instanceId && i.CorrelationId == id)));
        Assert.Equal(["Draft", "Submitted", "Accepted", "InReview"], Cases.Timeline(submitted));
    }

    /// <summary>The metrology API whose next step dies after its rows were written and before the commit, as a crash would.</summary>
    public sealed class CrashingFactory : MetrologyApiFactory
    {
        public CrashBeforeCommit Crash { get; } = new();

        protected override void ConfigureTestServices(IServiceCollection services)
        {
            base.ConfigureTestServices(services);
            services.AddSingleton<IStepCommitObserver>(Crash);
        }
    }

    public sealed class CrashBeforeCommit : IStepCommitObserver
    {
        private int _armed;

        public void ArmOnce() => Interlocked.Exchange(ref _armed, 1);

        public void BeforeCommit(IReadOnlyList<CommittedInstance> instances)
        {
            if (Interlocked.Exchange(ref _armed, 0) == 1)
                throw new IOException("Injected failure: the process died before the submission was committed.");
        }

        public void AfterCommit(IReadOnlyList<CommittedInstance> instances)
        {
        }
    }
}
