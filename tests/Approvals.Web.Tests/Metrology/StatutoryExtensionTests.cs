using System.Net;
using System.Text.Json.Nodes;
using Approvals.Web.Tests.Support;

namespace Approvals.Web.Tests.Metrology;

/// <summary>行政许可法 art. 42: a regulator of the case's district extends its limit once by 10 working days with a reason; the applicant is told.</summary>
public sealed class StatutoryExtensionTests : IClassFixture<MetrologyApiFactory>, IAsyncLifetime
{
    private const string Qingpu = "310118";
    private const string Wujiang = "320509";
    private readonly MetrologyApiFactory _factory;
    private readonly Cases _cases;

    public StatutoryExtensionTests(MetrologyApiFactory factory)
    {
        _factory = factory;
        _cases = new Cases(factory);
    }

    public Task InitializeAsync() => _factory.SeedRegistryAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static TestUser Regulator(string id, string district) => new(id, $"{id}@bureau.test", "Regulator", district);

    private async Task<(HttpClient Applicant, string ApplicationId, string InstanceId)> SubmitAsync(string applicantId, string? culture = null)
    {
        var (client, id, submitted) = await _cases.SubmitAsync(TestUser.Applicant(applicantId),
            Cases.InitialRegistration(People.NewIdNumber(), Qingpu, 2, Qingpu, "JL-LOCAL-0" + Random.Shared.Next(200, 999), culture: culture), Cases.InitialDocuments);
        return (client, id, submitted["instanceId"].Str());
    }

    private static Task<HttpResponseMessage> ExtendAsync(HttpClient regulator, string instanceId, string? reason, string? language = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/workflow-instances/{instanceId}/extend") { Content = JsonContent(new JsonObject { ["reason"] = reason }) };
        if (language is not null)
            request.Headers.TryAddWithoutValidation("Accept-Language", language);
        return regulator.SendAsync(request);
    }

    private static StringContent JsonContent(JsonObject body) => new(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");

    [Fact]
    public async Task A_regulator_of_the_district_extends_the_limit_by_ten_working_days_and_every_view_of_the_clock_shows_it()
    {
        var (_, _, instanceId) = await SubmitAsync("ext-views");
        var regulator = _factory.ClientFor(Regulator("ext-views-qp", Qingpu));
        var before = await regulator.GetJsonAsync($"/api/workflow-instances/{instanceId}/statutory-clock");

        var extended = await (await ExtendAsync(regulator, instanceId, "需组织专家评审注册项目")).ReadAsync(HttpStatusCode.OK);
        var clock = await regulator.GetJsonAsync($"/api/workflow-instances/{instanceId}/statutory-clock");
        var instance = await regulator.GetJsonAsync($"/api/workflow-instances/{instanceId}");

        Assert.Equal(20, (int)before["limitWorkingDays"]!);
        Assert.Equal((30, 10, "需组织专家评审注册项目"), ((int)extended["limitWorkingDays"]!, (int)extended["extendedWorkingDays"]!, extended["extensionReason"].Str()));
        Assert.Equal(30, (int)clock["limitWorkingDays"]!);
        Assert.Equal((int)before["remainingWorkingDays"]! + 10, (int)clock["remainingWorkingDays"]!);
        Assert.True(DateTimeOffset.Parse(clock["dueAt"].Str(), System.Globalization.CultureInfo.InvariantCulture) > DateTimeOffset.Parse(before["dueAt"].Str(), System.Globalization.CultureInfo.InvariantCulture).AddDays(13));
        Assert.Equal(30, (int)instance["statutoryClock"]!["limitWorkingDays"]!);
    }

    [Fact]
    public async Task The_applicant_finds_the_reason_on_the_timeline_and_gets_a_mail_with_the_new_date_in_their_language()
    {
        var (applicant, applicationId, instanceId) = await SubmitAsync("ext-notice", culture: "en");
        var regulator = _factory.ClientFor(Regulator("ext-notice-qp", Qingpu));

        var clock = await (await ExtendAsync(regulator, instanceId, "The registered projects need an expert review.")).ReadAsync(HttpStatusCode.OK);
        var timeline = (await _cases.GetAsync(applicant, applicationId))["timeline"]!.AsArray();
        var mails = await _cases.MailsAsync(applicationId);

        var notice = timeline[^1]!["note"]!;
        Assert.Contains("The registered projects need an expert review.", notice["en"].Str(), StringComparison.Ordinal);
        Assert.Contains("第四十二条", notice["zhCn"].Str(), StringComparison.Ordinal);
        Assert.Equal(timeline[^2]!["status"].Str(), timeline[^1]!["status"].Str());
        var mail = Assert.Single(mails, m => m.Subject.StartsWith("Time limit extended", StringComparison.Ordinal));
        Assert.Equal("ext-notice@example.test", mail.To);
        Assert.Contains("The registered projects need an expert review.", mail.Body, StringComparison.Ordinal);
        Assert.Contains(Approvals.Text.ReadableDates.Date(Approvals.Text.ReadableDates.ShanghaiDay(DateTimeOffset.Parse(clock["dueAt"].Str(), System.Globalization.CultureInfo.InvariantCulture))).En, mail.Body, StringComparison.Ordinal);
        Assert.Contains("30 working days", mail.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_extension_is_a_conflict_and_changes_nothing()
    {
        var (_, applicationId, instanceId) = await SubmitAsync("ext-twice");
        var regulator = _factory.ClientFor(Regulator("ext-twice-qp", Qingpu));
        (await ExtendAsync(regulator, instanceId, "第一次延长")).EnsureSuccessStatusCode();

        var second = await ExtendAsync(_factory.ClientFor(Regulator("ext-twice-committee", "executive-committee")), instanceId, "第二次延长");
        var clock = await regulator.GetJsonAsync($"/api/workflow-instances/{instanceId}/statutory-clock");

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("已经延长过一次", (await second.ProblemAsync())["detail"].Str(), StringComparison.Ordinal);
        Assert.Equal((30, "第一次延长"), ((int)clock["limitWorkingDays"]!, clock["extensionReason"].Str()));
        Assert.Single(await _cases.MailsAsync(applicationId), m => m.Subject.StartsWith("办理期限延长告知", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Another_districts_regulator_is_answered_as_if_the_case_did_not_exist_and_the_committee_may_extend()
    {
        var (_, _, instanceId) = await SubmitAsync("ext-scope");

        var wujiang = await ExtendAsync(_factory.ClientFor(Regulator("ext-scope-wj", Wujiang)), instanceId, "不属本区");
        var missing = await ExtendAsync(_factory.ClientFor(Regulator("ext-scope-wj", Wujiang)), "no-such-instance", "不属本区");
        var committee = await ExtendAsync(_factory.ClientFor(Regulator("ext-scope-committee", "executive-committee")), instanceId, "执委会统筹延长");

        Assert.Equal(HttpStatusCode.NotFound, wujiang.StatusCode);
        Assert.Equal((await missing.ProblemAsync())["detail"].Str().Replace("no-such-instance", instanceId, StringComparison.Ordinal), (await wujiang.ProblemAsync())["detail"].Str());
        Assert.Equal(HttpStatusCode.OK, committee.StatusCode);
    }

    [Fact]
    public async Task A_case_not_accepted_yet_cannot_be_extended_because_its_limit_has_not_started()
    {
        // Submitted without its documents: the automatic check asks for a correction before acceptance.
        var (applicant, applicationId, submitted) = await _cases.SubmitAsync(TestUser.Applicant("ext-unaccepted"),
            Cases.InitialRegistration(People.NewIdNumber(), Qingpu, 2, Qingpu, "JL-LOCAL-0" + Random.Shared.Next(200, 999)));
        var instanceId = submitted["instanceId"].Str();
        var regulator = _factory.ClientFor(Regulator("ext-unaccepted-qp", Qingpu));

        var refused = await ExtendAsync(regulator, instanceId, "尚未受理即延长", "en");
        var clock = await regulator.GetJsonAsync($"/api/workflow-instances/{instanceId}/statutory-clock");
        var @case = await _cases.GetAsync(applicant, applicationId);

        Assert.Equal("AwaitingCorrections", Cases.Status(submitted));
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var detail = (await refused.ProblemAsync())["detail"].Str();
        Assert.Contains("has not been accepted yet", detail, StringComparison.Ordinal);
        Assert.Contains(@case["summary"]!["caseNumber"].Str(), detail, StringComparison.Ordinal);
        Assert.Equal((20, 0), ((int)clock["limitWorkingDays"]!, (int)clock["extendedWorkingDays"]!));
        Assert.DoesNotContain(await _cases.MailsAsync(applicationId), m => m.Subject.StartsWith("办理期限延长告知", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null, null, "请填写延长办理期限的理由")]
    [InlineData("  ", "en", "Give the reason for extending the time limit")]
    public async Task An_extension_without_a_reason_is_refused_in_the_callers_language(string? reason, string? language, string expected)
    {
        var (_, _, instanceId) = await SubmitAsync("ext-no-reason-" + (language ?? "zh"));
        var regulator = _factory.ClientFor(Regulator("ext-no-reason-qp", Qingpu));

        var refused = await ExtendAsync(regulator, instanceId, reason, language);
        var clock = await regulator.GetJsonAsync($"/api/workflow-instances/{instanceId}/statutory-clock");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains(expected, (await refused.ProblemAsync())["detail"].Str(), StringComparison.Ordinal);
        Assert.Equal(20, (int)clock["limitWorkingDays"]!);
    }
}
