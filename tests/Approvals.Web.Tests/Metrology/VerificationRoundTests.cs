using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Approvals.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Web.Tests.Metrology;

/// <summary>
/// A verification answer belongs to the round that asked it: once the round ends (its deadline, a withdrawal, the
/// case corrected and asked again) the request is closed and an answer to it is refused and changes nothing.
/// </summary>
public abstract class VerificationRoundTests<TFactory> : IClassFixture<TFactory>, IAsyncLifetime
    where TFactory : MetrologyApiFactory
{
    private const string Qingpu = "310118";
    private const string Jiashan = "330421";

    private readonly TFactory _factory;
    private readonly Cases _cases;
    private readonly HttpClient _jiashan;

    protected VerificationRoundTests(TFactory factory)
    {
        _factory = factory;
        _cases = new Cases(factory);
        _jiashan = factory.ClientFor(TestUser.Reviewer("round-jiashan-reviewer", Jiashan));
    }

    public Task InitializeAsync() => _factory.SeedRegistryAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [SkippableFact]
    public async Task An_answer_to_a_round_that_ended_is_refused_and_never_confirms_the_certificate_of_the_next_round()
    {
        var (client, id, submitted) = await FileAsync("round-applicant", "JS-ROUND-1001");
        Assert.Equal("AwaitingVerification", Cases.Status(submitted));
        var first = await RequestAsync(id, "Pending");
        await _cases.FirePendingTimerAsync(id);
        (await _cases.DecideAsync(TestUser.Reviewer("round-qingpu-reviewer", Qingpu), id, "review", "RequestCorrections", "请补充证书复印件")).EnsureSuccessStatusCode();
        Assert.Equal("AwaitingCorrections", Cases.Status(await _cases.GetAsync(client, id)));

        var resubmitted = await client.PostJsonAsync($"/api/applications/{id}/submit", null);
        Assert.Equal("AwaitingVerification", Cases.Status(resubmitted));
        var second = await RequestAsync(id, "Pending");
        Assert.NotEqual(first, second);

        var stale = await _jiashan.PostJsonAsync($"/api/verifications/{first}/answer", new { answer = "Confirmed" }, HttpStatusCode.Conflict);
        Assert.Contains("已超过答复期限", stale["detail"].Str());
        var waiting = await _cases.GetAsync(client, id);
        Assert.Equal("AwaitingVerification", Cases.Status(waiting));
        Assert.Equal(["TimedOut", "Pending"], waiting["verifications"].Strings("status"));

        var answered = await _jiashan.PostJsonAsync($"/api/verifications/{second}/answer", new { answer = "Confirmed", comment = "本局核发，有效" });
        Assert.Equal("Confirmed", answered["status"].Str());
        var confirmed = await _cases.GetAsync(client, id);
        Assert.Equal("InReview", Cases.Status(confirmed));
        Assert.Equal(["TimedOut", "Confirmed"], confirmed["verifications"].Strings("status"));
    }

    [SkippableFact]
    public async Task A_request_whose_deadline_passed_shows_timed_out_and_a_late_answer_is_refused_in_the_callers_language()
    {
        var (client, id, _) = await FileAsync("late-applicant", "JS-ROUND-1002");
        var request = await RequestAsync(id, "Pending");

        await _cases.FirePendingTimerAsync(id);

        Assert.Equal("InReview", Cases.Status(await _cases.GetAsync(client, id)));
        Assert.Equal(request, await RequestAsync(id, "TimedOut"));
        using var late = new HttpRequestMessage(HttpMethod.Post, $"/api/verifications/{request}/answer") { Content = JsonContent.Create(new { answer = "Denied" }) };
        late.Headers.TryAddWithoutValidation("Accept-Language", "en");
        var refused = await (await _jiashan.SendAsync(late)).ReadAsync(HttpStatusCode.Conflict);
        Assert.Equal($"Verification request '{request}' passed its deadline; the procedure no longer waits for it and this answer was not recorded.", refused["detail"].Str());
        var after = await _cases.GetAsync(client, id);
        Assert.Equal(("InReview", "TimedOut"), (Cases.Status(after), after["verifications"]![0]!["status"].Str()));
        Assert.Null(after["verifications"]![0]!["answeredBy"]);
    }

    [SkippableFact]
    public async Task Withdrawing_the_application_supersedes_its_open_request_and_an_answer_to_it_is_refused()
    {
        var (client, id, _) = await FileAsync("withdraw-applicant", "JS-ROUND-1003");
        var request = await RequestAsync(id, "Pending");

        await client.PostJsonAsync($"/api/applications/{id}/withdraw", null);

        Assert.Equal(request, await RequestAsync(id, "Superseded"));
        var refused = await _jiashan.PostJsonAsync($"/api/verifications/{request}/answer", new { answer = "Confirmed" }, HttpStatusCode.Conflict);
        Assert.Contains("核验轮次已结束", refused["detail"].Str());
        var after = await _cases.GetAsync(client, id);
        Assert.Equal(("Withdrawn", "Superseded"), (Cases.Status(after), after["verifications"]![0]!["status"].Str()));
    }

    private Task<(HttpClient Client, string Id, JsonNode Case)> FileAsync(string applicant, string certificate) =>
        _cases.SubmitAsync(TestUser.Applicant(applicant), Cases.CertificateRecognition(People.NewIdNumber(), "吴迪", Qingpu, Jiashan, certificate), Cases.RecognitionDocuments);

    /// <summary>The id of the case's request that the Jiashan list shows with <paramref name="status"/>.</summary>
    private async Task<string> RequestAsync(string applicationId, string status)
    {
        var list = (await _jiashan.GetJsonAsync("/api/verifications")).AsArray();
        return list.Single(v => v!["applicationId"].Str() == applicationId && v["status"].Str() == status)!["id"].Str();
    }
}

public sealed class SqliteVerificationRoundTests(MetrologyApiFactory factory) : VerificationRoundTests<MetrologyApiFactory>(factory);

public sealed class PostgreSqlVerificationRoundTests(PostgreSqlMetrologyApiFactory factory) : VerificationRoundTests<PostgreSqlMetrologyApiFactory>(factory);
