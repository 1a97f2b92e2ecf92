using System.Text.Json;
using System.Text.Json.Nodes;
using Approvals.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Web.Tests.Metrology;

/// <summary>
/// A verification that does not confirm a certificate — the issuing district denies it, cannot find it, or does not
/// answer in time — is a result for the deciding district's reviewer, shown on their task; it never refuses the case.
/// Each result for each verified type, approved and rejected, is a row of the end-to-end matrix
/// (<see cref="EndToEnd.EndToEndMatrixTests{TFactory}"/>); here what goes beyond it.
/// </summary>
public abstract class VerificationResultTests<TFactory> : IClassFixture<TFactory>, IAsyncLifetime
    where TFactory : MetrologyApiFactory
{
    private const string Qingpu = "310118";
    private const string Jiashan = "330421";

    private readonly TFactory _factory;
    private readonly Cases _cases;
    private readonly HttpClient _jiashan;
    private readonly TestUser _qingpuReviewer = TestUser.Reviewer("result-qingpu-reviewer", Qingpu);

    protected VerificationResultTests(TFactory factory)
    {
        _factory = factory;
        _cases = new Cases(factory);
        _jiashan = factory.ClientFor(TestUser.Reviewer("result-jiashan-reviewer", Jiashan));
    }

    public Task InitializeAsync() => _factory.SeedRegistryAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [SkippableFact]
    public async Task An_unanswered_verification_reaches_the_reviewer_who_may_ask_the_applicant_to_correct_the_number()
    {
        var (client, id) = await FileRecognitionAsync("timeout-applicant", "JS-RESULT-2003");

        await _cases.FirePendingTimerAsync(id);

        Assert.Equal("InReview", Cases.Status(await _cases.GetAsync(client, id)));
        Assert.Contains("JS-RESULT-2003（嘉善县）逾期未答复", await ReviewDescriptionAsync(id, "zh-CN"));
        Assert.Contains("did not answer in time", await ReviewDescriptionAsync(id, "en"));

        (await _cases.DecideAsync(_qingpuReviewer, id, "review", "RequestCorrections", "请核对证书编号")).EnsureSuccessStatusCode();
        Assert.Equal("AwaitingCorrections", Cases.Status(await _cases.GetAsync(client, id)));
    }

    [SkippableFact]
    public async Task Every_certificate_of_an_approved_certificate_recognition_is_recognised_under_its_own_number()
    {
        var form = JsonSerializer.SerializeToNode(Cases.CertificateRecognition(People.NewIdNumber(), "钱两", Qingpu, Jiashan, "JS-TWO-3001"))!;
        var second = form["certificates"]![0]!.DeepClone();
        second["number"] = "JS-TWO-3002";
        form["certificates"]!.AsArray().Add(second);
        var (client, id, submitted) = await _cases.SubmitAsync(TestUser.Applicant("two-certificates-applicant"), form, Cases.RecognitionDocuments);
        Assert.Equal("AwaitingVerification", Cases.Status(submitted));
        foreach (var request in await OpenRequestsAsync(id))
            await _jiashan.PostJsonAsync($"/api/verifications/{request}/answer", new { answer = "Confirmed" });

        (await _cases.DecideAsync(_qingpuReviewer, id, "review", "Approve")).EnsureSuccessStatusCode();

        var decided = await _cases.GetAsync(client, id);
        Assert.Equal("Approved", Cases.Status(decided));
        var recognitions = await _factory.DatabaseAsync(db => db.Recognitions.AsNoTracking().Where(r => r.ApplicationId == id)
            .OrderBy(r => r.Number).Select(r => new { r.Number, r.RecognisedNumber, r.OriginDistrictCode }).ToListAsync());
        Assert.Equal(["JS-TWO-3001", "JS-TWO-3002"], recognitions.Select(r => r.RecognisedNumber));
        Assert.All(recognitions, r => Assert.Equal((Jiashan, true), (r.OriginDistrictCode, r.Number.StartsWith($"CSJ-MC-{Qingpu}-", StringComparison.Ordinal))));
        Assert.Equal(2, recognitions.Select(r => r.Number).Distinct().Count());
        Assert.Equal(recognitions[0].Number, decided["summary"]!["issuedNumber"].Str());
        var mail = (await _cases.MailsAsync(id)).Last();
        Assert.Contains(recognitions[0].Number, mail.Body);
        Assert.Contains(recognitions[1].Number, mail.Body);
    }

    private async Task<(HttpClient Client, string Id)> FileRecognitionAsync(string applicant, string certificate)
    {
        var (client, id, submitted) = await _cases.SubmitAsync(TestUser.Applicant(applicant),
            Cases.CertificateRecognition(People.NewIdNumber(), "郑核", Qingpu, Jiashan, certificate), Cases.RecognitionDocuments);
        Assert.Equal("AwaitingVerification", Cases.Status(submitted));
        return (client, id);
    }

    private async Task<IReadOnlyList<string>> OpenRequestsAsync(string applicationId) =>
        [.. (await _jiashan.GetJsonAsync("/api/verifications")).AsArray()
            .Where(v => v!["applicationId"].Str() == applicationId && v["status"].Str() == "Pending").Select(v => v!["id"].Str())];

    private Task<string> ReviewDescriptionAsync(string applicationId, string language = "zh-CN") =>
        _cases.TaskDescriptionAsync(_qingpuReviewer, applicationId, "review", language);
}

public sealed class SqliteVerificationResultTests(MetrologyApiFactory factory) : VerificationResultTests<MetrologyApiFactory>(factory);

public sealed class PostgreSqlVerificationResultTests(PostgreSqlMetrologyApiFactory factory) : VerificationResultTests<PostgreSqlMetrologyApiFactory>(factory);
