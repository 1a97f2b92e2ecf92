using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Approvals.Core.Registry;
using Approvals.Web.Tests.Support;

namespace Approvals.Web.Tests.Metrology;

/// <summary>
/// A certificate number the registry does not hold, while it holds one of the same holder's own with a number a
/// keystroke or two away, is most likely a typo: the automatic check asks the applicant to check it (a correctable
/// finding, before acceptance), without saying which number the registry holds; once the same number comes back, the
/// issuing district is asked and, when it cannot find it, the reviewer sees the near number and sends it back in one click.
/// </summary>
public abstract class LikelyMistypedNumberTests<TFactory> : IClassFixture<TFactory>, IAsyncLifetime
    where TFactory : MetrologyApiFactory
{
    private const string Qingpu = "310118";
    private const string Jiashan = "330421";
    private const string MistypedCode = "Certificate.NumberLikelyMistyped";

    private readonly TFactory _factory;
    private readonly Cases _cases;
    private readonly TestUser _qingpuReviewer = TestUser.Reviewer("near-qingpu-reviewer", Qingpu);

    protected LikelyMistypedNumberTests(TFactory factory)
    {
        _factory = factory;
        _cases = new Cases(factory);
    }

    public Task InitializeAsync() => _factory.SeedRegistryAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [SkippableFact]
    public async Task A_number_one_swap_away_from_the_holders_own_certificate_is_a_correctable_finding_that_names_the_field_but_not_the_number_held()
    {
        var idNumber = People.NewIdNumber();
        await HoldsAsync(idNumber, "JS-NEAR-4001");

        var (client, id, submitted) = await _cases.SubmitAsync(TestUser.Applicant("near-applicant"), Recognition(idNumber, "JS-NEAR-4010"), Cases.RecognitionDocuments);

        Assert.Equal("AwaitingCorrections", Cases.Status(submitted));
        var finding = Assert.Single(submitted["findings"]!.AsArray())!;
        Assert.Equal((MistypedCode, "certificates[0].number"), (finding["code"].Str(), finding["field"].Str()));
        Assert.True(finding["isCorrectable"]!.GetValue<bool>());
        Assert.True(finding["isFromAutomaticCheck"]!.GetValue<bool>());
        Assert.Contains("JS-NEAR-4010", finding["message"]!["zhCn"].Str(), StringComparison.Ordinal);
        Assert.DoesNotContain("4001", finding.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Accepted", Cases.Timeline(submitted));
        Assert.Null(submitted["summary"]!["acceptedAt"]);
        Assert.True(submitted["timeLimit"]!["awaitsAcceptance"]!.GetValue<bool>());
        Assert.Equal(0, submitted["timeLimit"]!["usedWorkingDays"]!.GetValue<int>());

        var corrected = await ResubmitAsync(client, id, idNumber, "JS-NEAR-4001");

        // The registry holds the corrected number for this holder: confirmed without asking Jiashan, and accepted.
        Assert.Equal("InReview", Cases.Status(corrected));
        Assert.Empty(corrected["findings"]!.AsArray());
        Assert.Equal(["Draft", "Submitted", "AwaitingCorrections", "Submitted", "Accepted"], Cases.Timeline(corrected).Take(5));
        Assert.NotNull(corrected["summary"]!["acceptedAt"]);
    }

    [SkippableFact]
    public async Task A_near_number_of_another_persons_certificate_gives_no_hint_and_the_case_goes_to_verification()
    {
        await HoldsAsync(People.NewIdNumber(), "JS-NEAR-4101");

        var (_, _, submitted) = await _cases.SubmitAsync(TestUser.Applicant("near-stranger-applicant"), Recognition(People.NewIdNumber(), "JS-NEAR-4110"), Cases.RecognitionDocuments);

        Assert.Equal("AwaitingVerification", Cases.Status(submitted));
        Assert.Empty(submitted["findings"]!.AsArray());
        Assert.Contains("Accepted", Cases.Timeline(submitted));
    }

    [SkippableFact]
    public async Task A_number_the_holder_has_nothing_near_to_goes_to_verification_as_before()
    {
        var idNumber = People.NewIdNumber();
        await HoldsAsync(idNumber, "JS-NEAR-4201");

        var (_, _, submitted) = await _cases.SubmitAsync(TestUser.Applicant("near-far-applicant"), Recognition(idNumber, "JS-FAR-9876"), Cases.RecognitionDocuments);

        Assert.Equal("AwaitingVerification", Cases.Status(submitted));
        Assert.Empty(submitted["findings"]!.AsArray());
    }

    [SkippableFact]
    public async Task The_same_number_sent_again_after_the_hint_is_verified_and_when_not_found_the_reviewer_sees_the_near_number_and_sends_it_back_in_one_click()
    {
        var idNumber = People.NewIdNumber();
        await HoldsAsync(idNumber, "JS-NEAR-4301");
        var (client, id, submitted) = await _cases.SubmitAsync(TestUser.Applicant("near-insisting-applicant"), Recognition(idNumber, "JS-NEAR-430I"), Cases.RecognitionDocuments);
        Assert.Equal([MistypedCode], Cases.FindingCodes(submitted));

        var insisted = await ResubmitAsync(client, id, idNumber, "JS-NEAR-430I");
        Assert.Equal("AwaitingVerification", Cases.Status(insisted));
        var jiashan = _factory.ClientFor(TestUser.Reviewer("near-jiashan-reviewer", Jiashan));
        var request = Assert.Single((await jiashan.GetJsonAsync("/api/verifications")).AsArray(), v => v!["applicationId"].Str() == id && v["status"].Str() == "Pending")!;
        await jiashan.PostJsonAsync($"/api/verifications/{request["id"].Str()}/answer", new { answer = "NotFound" });

        var task = await _cases.OpenTaskAsync(_factory.ClientFor(_qingpuReviewer), id, "review");
        Assert.Contains("编号相近的同类证书 JS-NEAR-4301", task["description"].Str(), StringComparison.Ordinal);
        Assert.Contains("CorrectCertificateNumber", task["outcomes"]!.AsArray().Select(o => o.Str()));
        (await _cases.DecideAsync(_qingpuReviewer, id, "review", "CorrectCertificateNumber")).EnsureSuccessStatusCode();

        var sentBack = await _cases.GetAsync(client, id);
        Assert.Equal("AwaitingCorrections", Cases.Status(sentBack));
        var finding = Assert.Single(sentBack["findings"]!.AsArray())!;
        Assert.Equal(("Review.Corrections.NumberNotFound", "certificates[0].number"), (finding["code"].Str(), finding["field"].Str()));
        Assert.Contains("登记中有您名下编号相近的同类证书", finding["message"]!["zhCn"].Str(), StringComparison.Ordinal);
        Assert.DoesNotContain("JS-NEAR-4301", finding.ToJsonString(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Acceptance_is_recorded_with_its_date_and_notice_and_the_statutory_limit_runs_from_it()
    {
        var idNumber = People.NewIdNumber();
        await HoldsAsync(idNumber, "JS-NEAR-4401");

        var (client, id, submitted) = await _cases.SubmitAsync(TestUser.Applicant("accepted-applicant"), Recognition(idNumber, "JS-NEAR-4401"), Cases.RecognitionDocuments);

        Assert.Equal("InReview", Cases.Status(submitted));
        var acceptedAt = submitted["summary"]!["acceptedAt"].Str();
        var acceptance = Assert.Single(submitted["timeline"]!.AsArray(), e => e!["status"].Str() == "Accepted")!;
        Assert.Equal(DateTimeOffset.Parse(acceptedAt), DateTimeOffset.Parse(acceptance["at"].Str()));
        Assert.Equal("AcceptanceNotice", acceptance["document"]!["kind"].Str());
        Assert.StartsWith("受理通知书", acceptance["document"]!["title"]!["zhCn"].Str(), StringComparison.Ordinal);
        // PostgreSQL keeps microseconds: the clock may read the stored instant while the summary shows the step's own.
        Assert.Equal(DateTimeOffset.Parse(acceptedAt), DateTimeOffset.Parse(submitted["timeLimit"]!["startedAt"].Str()), TimeSpan.FromMicroseconds(1));
        Assert.False(submitted["timeLimit"]!["awaitsAcceptance"]!.GetValue<bool>());
        var listed = Assert.Single((await client.GetJsonAsync("/api/applications")).AsArray(), a => a!["id"].Str() == id)!;
        Assert.Equal(DateTimeOffset.Parse(acceptedAt), DateTimeOffset.Parse(listed["acceptedAt"].Str()));
    }

    private static object Recognition(string idNumber, string number) =>
        Cases.CertificateRecognition(idNumber, "郑近", Qingpu, Jiashan, number);

    private async Task<JsonNode> ResubmitAsync(HttpClient client, string id, string idNumber, string number)
    {
        var form = JsonSerializer.SerializeToNode(Recognition(idNumber, number))!;
        (await client.PutAsJsonAsync($"/api/applications/{id}", form)).EnsureSuccessStatusCode();
        return await client.PostJsonAsync($"/api/applications/{id}/submit", null);
    }

    private Task HoldsAsync(string idNumber, string number) => _factory.DatabaseAsync(async db =>
    {
        var person = new Person { Id = $"near-person-{idNumber}", Name = "郑近", IdNumber = idNumber };
        db.Persons.Add(person);
        db.ProjectCertificates.Add(new ProjectCertificate
        {
            Id = $"near-certificate-{number}", Kind = ProjectCertificateKind.ProjectAssessment, Number = number, PersonId = person.Id,
            IssuingDistrictCode = Jiashan, Issuer = "嘉善县市场监督管理局", ValidFrom = DateOnly.FromDateTime(DateTime.Today.AddYears(-2)),
            ValidTo = DateOnly.FromDateTime(DateTime.Today.AddYears(2)), Status = RegistrationStatus.Active,
        });
        return await db.SaveChangesAsync();
    });
}

public sealed class SqliteLikelyMistypedNumberTests(MetrologyApiFactory factory) : LikelyMistypedNumberTests<MetrologyApiFactory>(factory);

public sealed class PostgreSqlLikelyMistypedNumberTests(PostgreSqlMetrologyApiFactory factory) : LikelyMistypedNumberTests<PostgreSqlMetrologyApiFactory>(factory);
