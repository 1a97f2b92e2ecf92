using System.Net;
using Approvals.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.Web.Tests.Metrology;

/// <summary>
/// A submission takes its case number only when it commits: one held in its automatic check and first step keeps no
/// other submission waiting, the numbers stay consecutive however submissions overlap, and one that fails at its
/// commit gives its number back. The number the commit took is the one its mail, task and documents name.
/// </summary>
public abstract class SubmissionNumberingTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : MetrologyApiFactory, IHoldsSteps
{
    private const string Qingpu = "310118";
    private const string Wujiang = "320509";
    private const string Jiashan = "330421";
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    private readonly Cases _cases = new(factory);

    [SkippableFact]
    public async Task A_submission_held_in_its_first_step_keeps_no_other_from_committing_and_takes_the_next_number_after_it()
    {
        await factory.SeedRegistryAsync();
        var (heldClient, heldId) = await DraftAsync("held", Qingpu);
        var (otherClient, otherId) = await DraftAsync("passing", Qingpu);
        var hold = factory.Hold.Arm(heldId);

        var heldSubmission = heldClient.PostAsync($"/api/applications/{heldId}/submit", null);
        await hold.Entered.WaitAsync(Patience);
        var passing = await otherClient.PostJsonAsync($"/api/applications/{otherId}/submit", null).WaitAsync(Patience);
        hold.Release();
        (await heldSubmission.WaitAsync(Patience)).EnsureSuccessStatusCode();

        var passingNumber = passing["summary"]!["caseNumber"].Str();
        var heldNumber = (await _cases.GetAsync(heldClient, heldId))["summary"]!["caseNumber"].Str();
        Assert.Equal(Sequence(passingNumber) + 1, Sequence(heldNumber));
        await AssertEverythingNamesTheNumberAsync(heldId, heldNumber);
    }

    [SkippableFact]
    public async Task Submissions_at_once_get_consecutive_numbers_each_named_by_its_own_rows()
    {
        await factory.SeedRegistryAsync();
        var drafts = new List<(HttpClient Client, string Id)>();
        for (var i = 0; i < 6; i++)
            drafts.Add(await DraftAsync($"at-once-{i}", Wujiang));

        var submitted = await Task.WhenAll(drafts.Select(d => d.Client.PostJsonAsync($"/api/applications/{d.Id}/submit", null)));

        var numbers = submitted.Select(s => s["summary"]!["caseNumber"].Str()).ToList();
        var sequences = numbers.Select(Sequence).Order().ToList();
        Assert.Equal(Enumerable.Range(sequences[0], drafts.Count), sequences);
        foreach (var (draft, number) in drafts.Zip(numbers))
            await AssertEverythingNamesTheNumberAsync(draft.Id, number);
    }

    [SkippableFact]
    public async Task A_submission_that_fails_at_its_commit_gives_its_number_back()
    {
        await factory.SeedRegistryAsync();
        var (firstClient, firstId) = await DraftAsync("before-failure", Jiashan);
        var (failingClient, failingId) = await DraftAsync("failing", Jiashan);
        var (nextClient, nextId) = await DraftAsync("after-failure", Jiashan);
        var first = await firstClient.PostJsonAsync($"/api/applications/{firstId}/submit", null);

        factory.Hold.FailCommitOf(failingId);
        var failed = await failingClient.PostAsync($"/api/applications/{failingId}/submit", null);
        var next = await nextClient.PostJsonAsync($"/api/applications/{nextId}/submit", null);

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        var draft = await _cases.GetAsync(failingClient, failingId);
        Assert.Equal("Draft", Cases.Status(draft));
        Assert.Null(draft["summary"]!["caseNumber"]);
        Assert.Equal(Sequence(first["summary"]!["caseNumber"].Str()) + 1, Sequence(next["summary"]!["caseNumber"].Str()));
    }

    private Task<(HttpClient Client, string Id)> DraftAsync(string name, string district) =>
        _cases.DraftAsync(TestUser.Applicant($"numbering-{name}"),
            Cases.InitialRegistration(People.NewIdNumber(), district, 2, district, $"JL-NUM-{name}"), Cases.InitialDocuments);

    private static int Sequence(string caseNumber) => int.Parse(caseNumber[^6..], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The acceptance mail, the reviewer's task, the acceptance notice and the instance's input name the number, and nothing the stand-in.</summary>
    private async Task AssertEverythingNamesTheNumberAsync(string applicationId, string caseNumber)
    {
        var (state, tasks, mail, documents) = await factory.DatabaseAsync(async db =>
        {
            var instance = await db.WorkflowInstances.SingleAsync(i => i.CorrelationId == applicationId);
            return (instance.StateJson,
                await db.HumanTasks.Where(t => t.InstanceId == instance.Id).Select(t => t.Title).ToListAsync(),
                await db.Outbox.Where(m => m.CorrelationId == applicationId).Select(m => m.PayloadJson).ToListAsync(),
                await db.IssuedDocuments.Where(d => d.ApplicationId == applicationId).Select(d => d.ContentJson).ToListAsync());
        });
        Assert.Contains(caseNumber, state, StringComparison.Ordinal);
        Assert.Contains(mail, m => m.Contains(caseNumber, StringComparison.Ordinal));
        Assert.Contains(documents, d => d.Contains(caseNumber, StringComparison.Ordinal));
        Assert.NotEmpty(tasks);
        Assert.All(new[] { state }.Concat(tasks).Concat(mail).Concat(documents), text => Assert.DoesNotContain("-pending-", text, StringComparison.Ordinal));
    }
}

public sealed class SqliteHoldingFactory : MetrologyApiFactory, IHoldsSteps
{
    public StepHold Hold { get; } = new();

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        base.ConfigureTestServices(services);
        Hold.AddTo(services);
    }
}

public sealed class PostgreSqlHoldingFactory : PostgreSqlMetrologyApiFactory, IHoldsSteps
{
    public StepHold Hold { get; } = new();

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        base.ConfigureTestServices(services);
        Hold.AddTo(services);
    }
}

public sealed class SqliteSubmissionNumberingTests(SqliteHoldingFactory factory) : SubmissionNumberingTests<SqliteHoldingFactory>(factory);

public sealed class PostgreSqlSubmissionNumberingTests(PostgreSqlHoldingFactory factory) : SubmissionNumberingTests<PostgreSqlHoldingFactory>(factory);
