using System.Net;
using System.Net.Http.Json;
using Approvals.Web.Tests.Support;

namespace Approvals.Web.Tests.Metrology;

/// <summary>A refusal says what happened in the caller's language: Simplified Chinese by default, English when asked for.</summary>
public sealed class LocalizedRefusalTests(MetrologyApiFactory factory) : IClassFixture<MetrologyApiFactory>
{
    private const string Qingpu = "310118";
    private const string Wujiang = "320509";

    private readonly MetrologyApiFactory _factory = factory;
    private readonly Cases _cases = new(factory);

    [Fact]
    public async Task Completing_a_task_already_completed_is_a_conflict_said_in_Chinese_by_default_and_in_English_on_request()
    {
        var reviewer = TestUser.Reviewer("twice-reviewer", Qingpu);
        var (_, id, _) = await _cases.SubmitAsync(TestUser.Applicant("twice-applicant"),
            Cases.InitialRegistration(People.NewIdNumber(), Qingpu, 2, Qingpu, "JL-L10N-0001"), Cases.InitialDocuments);
        var client = _factory.ClientFor(reviewer);
        var open = await _cases.OpenTaskAsync(client, id, "review");
        var (task, title) = (open["id"].Str(), open["title"].Str());
        (await _cases.DecideAsync(reviewer, id, "review", "Approve")).EnsureSuccessStatusCode();

        var chinese = await RefusalAsync(client, HttpMethod.Post, $"/api/tasks/{task}/complete", new { outcome = "Reject", comment = "再次办理" });
        var english = await RefusalAsync(client, HttpMethod.Post, $"/api/tasks/{task}/complete", new { outcome = "Reject", comment = "again" }, "en");

        // The task is named by its title, as the reviewer knows it in their language, never by its internal id.
        var caseNumber = title["审核申请 ".Length..];
        Assert.Equal((HttpStatusCode.Conflict, "冲突", $"“审核申请 {caseNumber}”已办结，不能再次办理。"), chinese);
        Assert.Equal((HttpStatusCode.Conflict, "Conflict", $"“Review application {caseNumber}” is already completed; it cannot be completed again."), english);
    }

    [Fact]
    public async Task A_task_that_does_not_exist_is_not_found_in_the_callers_language()
    {
        var client = _factory.ClientFor(TestUser.Reviewer("missing-reviewer", Qingpu));

        var chinese = await RefusalAsync(client, HttpMethod.Post, "/api/tasks/no-such-task/complete", new { outcome = "Approve" });
        var english = await RefusalAsync(client, HttpMethod.Post, "/api/tasks/no-such-task/complete", new { outcome = "Approve" }, "en");

        Assert.Equal((HttpStatusCode.NotFound, "未找到", "没有找到任务“no-such-task”。"), chinese);
        Assert.Equal((HttpStatusCode.NotFound, "Not found", "There is no task 'no-such-task'."), english);
    }

    [Fact]
    public async Task An_applicant_reading_another_applicants_application_is_told_it_is_not_found_in_their_language()
    {
        var (_, id) = await _cases.DraftAsync(TestUser.Applicant("l10n-owner"),
            Cases.InitialRegistration(People.NewIdNumber(), Qingpu, 2, Qingpu, "JL-L10N-0002"));
        var stranger = _factory.ClientFor(TestUser.Applicant("l10n-stranger"));

        var chinese = await RefusalAsync(stranger, HttpMethod.Get, $"/api/applications/{id}");
        var english = await RefusalAsync(stranger, HttpMethod.Get, $"/api/applications/{id}", language: "en");

        Assert.Equal((HttpStatusCode.NotFound, "未找到", $"没有找到您可以查看的申请“{id}”。"), chinese);
        Assert.Equal((HttpStatusCode.NotFound, "Not found", $"There is no application '{id}' that you may see."), english);
    }

    [Fact]
    public async Task A_Qingpu_reviewer_answering_a_Wujiang_verification_request_is_told_it_does_not_exist_in_their_language()
    {
        var (_, id, _) = await _cases.SubmitAsync(TestUser.Applicant("l10n-verify-applicant"),
            Cases.CertificateRecognition(People.NewIdNumber(), "钱进", Qingpu, Wujiang, "WJ-OLD-3301"), Cases.RecognitionDocuments);
        var wujiang = _factory.ClientFor(TestUser.Reviewer("l10n-wujiang-reviewer", Wujiang));
        var request = (await wujiang.GetJsonAsync("/api/verifications")).AsArray().Single(v => v!["applicationId"].Str() == id)!["id"].Str();
        var qingpu = _factory.ClientFor(TestUser.Reviewer("l10n-qingpu-reviewer", Qingpu));

        var chinese = await RefusalAsync(qingpu, HttpMethod.Post, $"/api/verifications/{request}/answer", new { answer = "Confirmed" });
        var english = await RefusalAsync(qingpu, HttpMethod.Post, $"/api/verifications/{request}/answer", new { answer = "Confirmed" }, "en");

        Assert.Equal((HttpStatusCode.NotFound, "未找到", $"没有找到核验请求“{request}”。"), chinese);
        Assert.Equal((HttpStatusCode.NotFound, "Not found", $"There is no verification request '{request}'."), english);
    }

    [Fact]
    public async Task Answers_the_authorization_middleware_gives_say_why_in_the_callers_language()
    {
        var anonymous = _factory.CreateClient();
        var reviewer = _factory.ClientFor(TestUser.Reviewer("l10n-status-reviewer", Qingpu));

        var signedOut = await RefusalAsync(anonymous, HttpMethod.Get, "/api/tasks");
        var signedOutEnglish = await RefusalAsync(anonymous, HttpMethod.Get, "/api/tasks", language: "en");
        var wrongRole = await RefusalAsync(reviewer, HttpMethod.Get, "/api/workflow-definitions");
        var wrongRoleEnglish = await RefusalAsync(reviewer, HttpMethod.Get, "/api/workflow-definitions", language: "en");

        Assert.Equal((HttpStatusCode.Unauthorized, "需要登录"), (signedOut.Status, signedOut.Title));
        Assert.Contains("POST /api/auth/login", signedOut.Detail);
        Assert.Equal((HttpStatusCode.Unauthorized, "Unauthorized", "Sign in first: a browser session, or a bearer token from POST /api/auth/login."), signedOutEnglish);
        Assert.Equal((HttpStatusCode.Forbidden, "无权访问", "您的角色或所属区不能使用此功能。"), wrongRole);
        Assert.Equal((HttpStatusCode.Forbidden, "Forbidden", "Your role or district may not use this."), wrongRoleEnglish);
    }

    private static async Task<(HttpStatusCode Status, string Title, string Detail)> RefusalAsync(
        HttpClient client, HttpMethod method, string url, object? body = null, string? language = null)
    {
        using var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        if (language is not null)
            request.Headers.TryAddWithoutValidation("Accept-Language", language);
        using var response = await client.SendAsync(request);
        var problem = await response.ProblemAsync();
        return (response.StatusCode, problem["title"].Str(), problem["detail"].Str());
    }
}
