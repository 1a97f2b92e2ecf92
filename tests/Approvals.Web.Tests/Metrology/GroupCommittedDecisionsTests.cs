using System.Net;
using Approvals.Core.Registry;
using Approvals.Infrastructure.Workflows.Commit;
using Approvals.Testing.StepCommits;
using Approvals.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.Web.Tests.Metrology;

/// <summary>
/// On SQLite, decisions that reach the database's one writer together are written in one transaction, with what they
/// save through EF (the registration, the person, the employer, the case): approvals waiting behind a slow commit do
/// not each wait for a commit of their own. One that fails is undone alone, its registry rows too, and can be decided
/// again; the others keep theirs, with consecutive numbers.
/// </summary>
public sealed class GroupCommittedDecisionsTests(GroupCommittedDecisionsTests.GatedWriterFactory factory) : IClassFixture<GroupCommittedDecisionsTests.GatedWriterFactory>
{
    private const string Jiashan = "330421";
    private readonly Cases _cases = new(factory);

    [Fact]
    public async Task Approvals_waiting_for_the_writer_commit_together_with_their_registry_rows_and_a_failed_one_leaves_none()
    {
        var submitted = new List<(HttpClient Client, string Id, string IdNumber)>();
        for (var i = 0; i < 5; i++)
        {
            var idNumber = People.NewIdNumber();
            var (client, id, _) = await _cases.SubmitAsync(TestUser.Applicant($"grouped-{i}"),
                Cases.InitialRegistration(idNumber, Jiashan, 2, Jiashan, $"JL-GRP-{i}"), Cases.InitialDocuments);
            submitted.Add((client, id, idNumber));
        }
        var committedBefore = factory.Registrations.Seen.Count;
        factory.Held.HoldNext();
        var first = _cases.DecideAsync(TestUser.Reviewer("grouped-reviewer-0", Jiashan), submitted[0].Id, "review", "Approve");
        await factory.Held.Written.WaitAsync(TimeSpan.FromSeconds(60));
        var queued = factory.Arrivals.ExpectAsync(4);
        var others = submitted.Skip(1).Select((c, i) => _cases.DecideAsync(TestUser.Reviewer($"grouped-reviewer-{i + 1}", Jiashan), c.Id, "review", "Approve")).ToList();
        await queued.WaitAsync(TimeSpan.FromSeconds(60));
        factory.Failing.FailNextStep();
        factory.Held.Release();

        Assert.Equal(HttpStatusCode.OK, (await first.WaitAsync(TimeSpan.FromSeconds(60))).StatusCode);
        var answers = await Task.WhenAll(others).WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.InternalServerError], answers.Select(a => a.StatusCode).Order());
        // Each approval about to commit counts the registrations committed so far. Commits of their own would each see
        // the one before (four counts); in one transaction they see none of each other's. The step that meets the
        // injected failure is the first of the four, so at most one count more than the held approval's is seen.
        Assert.InRange(factory.Registrations.Seen.Skip(committedBefore + 1).Distinct().Count(), 1, 2);

        var failed = submitted[1 + Array.FindIndex(answers, a => a.StatusCode == HttpStatusCode.InternalServerError)];
        Assert.Equal(0, await RegistrationsOfAsync(failed.IdNumber));
        Assert.Equal("InReview", Cases.Status(await _cases.GetAsync(failed.Client, failed.Id)));
        var decidedAgain = await _cases.DecideAsync(TestUser.Reviewer("grouped-reviewer-again", Jiashan), failed.Id, "review", "Approve");
        Assert.Equal(HttpStatusCode.OK, decidedAgain.StatusCode);

        var sequences = new List<int>();
        foreach (var (client, id, idNumber) in submitted)
        {
            Assert.Equal(1, await RegistrationsOfAsync(idNumber));
            sequences.Add(RegistrationNumber.Parse((await _cases.GetAsync(client, id))["summary"]!["issuedNumber"].Str()).Sequence);
        }
        sequences.Sort();
        Assert.Equal(Enumerable.Range(sequences[0], submitted.Count), sequences);
    }

    private Task<int> RegistrationsOfAsync(string idNumber) =>
        factory.DatabaseAsync(db => db.Registrations.CountAsync(r => r.Person!.IdNumber == idNumber));

    /// <summary>
    /// The metrology API on SQLite whose step commits a test can hold, fail and watch. The failure is checked before the
    /// hold, so the held step passes it and the first step queued behind it meets it.
    /// </summary>
    public sealed class GatedWriterFactory : MetrologyApiFactory
    {
        public GatedWriterFactory() => Registrations = new CommittedRows(SqliteConnectionString, "Registrations");

        public CommittedRows Registrations { get; }

        public FailingSaves Failing { get; } = new();

        public HeldCommit Held { get; } = new();

        public WriteArrivals Arrivals { get; } = new();

        protected override void ConfigureTestServices(IServiceCollection services)
        {
            base.ConfigureTestServices(services);
            services.AddSingleton<IStepCommitObserver>(Registrations).AddSingleton<IStepCommitObserver>(Failing)
                .AddSingleton<IStepCommitObserver>(Held).AddSingleton<IStepCommitObserver>(Arrivals);
        }
    }
}
