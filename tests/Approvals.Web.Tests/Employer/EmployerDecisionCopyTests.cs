using Approvals.Core.Applications;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Approvals.Core.Access;
using Approvals.Infrastructure.Identity;
using Approvals.Testing;
using Approvals.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.Web.Tests.Employer;

/// <summary>
/// The employer that filed a case gets a short copy of its decision (<c>employer-decision</c>): whose case, what was
/// decided, by which bureau, and a link to <c>/employer</c>, in each enterprise account's language; no other enterprise does.
/// </summary>
public abstract class EmployerDecisionCopyTests<TFactory> : IClassFixture<TFactory>, IAsyncLifetime
    where TFactory : MetrologyApiFactory
{
    private const string Qingpu = "310118";
    private static readonly string OtherCreditCode = "91310118MA1CXPY00" + Core.Checks.UnifiedSocialCreditCode.ExpectedCheckCharacter("91310118MA1CXPY00");
    private readonly TFactory _factory;
    private readonly Cases _cases;

    protected EmployerDecisionCopyTests(TFactory factory)
    {
        _factory = factory;
        _cases = new Cases(factory);
    }

    public Task InitializeAsync() => _factory.SeedRegistryAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [SkippableFact]
    public async Task A_refused_case_the_employer_filed_mails_each_of_its_accounts_whose_case_the_decision_and_the_employer_page_in_their_language()
    {
        var creditCode = People.CreditCode(Qingpu);
        var clerk = await EnterpriseAccountAsync("hr.decision@enterprise.test", "人事专员王", creditCode, "zh-CN");
        var manager = await EnterpriseAccountAsync("manager.decision@enterprise.test", "Manager Wang", creditCode, "en");
        var stranger = await EnterpriseAccountAsync("other.decision@enterprise.test", "别家单位", OtherCreditCode, "zh-CN");
        var (id, caseNumber) = await FileConfirmAndSubmitAsync(clerk, creditCode, "蒋决定", "jiang.decision@staff.test");

        (await _cases.DecideAsync(TestUser.Reviewer("copy-reviewer", Qingpu), id, "review", "Reject", "注册项目与考核合格证不符")).EnsureSuccessStatusCode();
        await _cases.SendQueuedMailAsync(id);

        var zh = Assert.Single(await AccountForms.MailTo(_factory.Folder, clerk.Email!));
        Assert.Equal($"抄送执业单位：蒋决定 的申请已作出决定（{ApplicationType.InitialRegistration.DisplayName().ZhCn} {caseNumber}）", zh.Subject);
        Assert.Contains("为 蒋决定 填报的注册计量师初始注册申请", zh.TextBody, StringComparison.Ordinal);
        Assert.Contains("已作出决定：不予注册。", zh.TextBody, StringComparison.Ordinal);
        Assert.Contains("决定机关：上海市青浦区市场监督管理局", zh.TextBody, StringComparison.Ordinal);
        Assert.Contains(ApiFactory.PublicBaseUrl + "employer", zh.TextBody, StringComparison.Ordinal);
        Assert.Contains("href=\"" + ApiFactory.PublicBaseUrl + "employer\"", zh.HtmlBody, StringComparison.Ordinal);
        // A copy, not the decision: nothing that is the staff member's alone (the case page, the reason, the ID number).
        Assert.DoesNotContain("applications/", zh.TextBody + zh.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("注册项目与考核合格证不符", zh.TextBody + zh.HtmlBody, StringComparison.Ordinal);

        var en = Assert.Single(await AccountForms.MailTo(_factory.Folder, manager.Email!));
        Assert.Equal($"Copy for your enterprise: decision on 蒋决定's application ({ApplicationType.InitialRegistration.DisplayName().En} {caseNumber})", en.Subject);
        Assert.Contains("has been decided: Registration refused.", en.TextBody, StringComparison.Ordinal);
        Assert.Empty(await AccountForms.MailTo(_factory.Folder, stranger.Email!));
        // The staff member still gets the decision itself.
        Assert.Contains(await AccountForms.MailTo(_factory.Folder, "jiang.decision@staff.test"), m => m.Subject == $"不予注册决定：{ApplicationType.InitialRegistration.DisplayName().ZhCn} {caseNumber}");
    }

    [SkippableFact]
    public async Task A_case_nobody_filed_for_sends_no_copy_to_any_enterprise()
    {
        var creditCode = People.CreditCode(Qingpu);
        var enterprise = await EnterpriseAccountAsync("hr.nocopy@enterprise.test", "人事专员李", creditCode, "zh-CN");
        var (_, id, _) = await _cases.SubmitAsync(TestUser.Applicant("self-filed"),
            Cases.InitialRegistration(People.NewIdNumber(), Qingpu, 2, Qingpu, "JL-LOCAL-0701", name: "自己申请"), Cases.InitialDocuments);

        (await _cases.DecideAsync(TestUser.Reviewer("nocopy-reviewer", Qingpu), id, "review", "Approve")).EnsureSuccessStatusCode();
        await _cases.SendQueuedMailAsync(id);

        Assert.Empty(await AccountForms.MailTo(_factory.Folder, enterprise.Email!));
        Assert.Equal(0, await _factory.DatabaseAsync(db => db.Outbox.CountAsync(o => o.CorrelationId == id && o.DeduplicationKey != null && o.DeduplicationKey.StartsWith("employer-decision:"))));
    }

    /// <summary>The employer files for a new staff member, who adds the project certificate, confirms, uploads and submits.</summary>
    private async Task<(string Id, string CaseNumber)> FileConfirmAndSubmitAsync(TestUser employer, string creditCode, string name, string email)
    {
        var filed = await _factory.ClientFor(employer).PostJsonAsync("/api/employer/batches", new
        {
            staff = new[] { new { type = "InitialRegistration", personName = name, idNumber = People.NewIdNumber(), email, level = 2, qualificationCertificateNumber = "ZG-COPY-0001", projects = new[] { "长度计量" } } },
        }, HttpStatusCode.Created);
        var id = filed[0]!["id"].Str();
        var staffUserId = await _factory.DatabaseAsync(db => db.Applications.Where(a => a.Id == id).Select(a => a.ApplicantUserId).SingleAsync());
        var staff = _factory.ClientFor(new TestUser(staffUserId, email, "Applicant", null));
        var form = (await staff.GetJsonAsync($"/api/applications/{id}"))["form"]!.AsObject();
        form["certificates"] = new JsonArray(new JsonObject
        {
            ["kind"] = "ProjectAssessment", ["number"] = "JL-LOCAL-0702", ["issuingDistrictCode"] = Qingpu,
            ["validUntil"] = DateOnly.FromDateTime(DateTime.Today.AddYears(2)).ToString("yyyy-MM-dd"),
        });
        (await staff.PutAsJsonAsync($"/api/applications/{id}", form)).EnsureSuccessStatusCode();
        await staff.PostJsonAsync($"/api/applications/{id}/confirm", null);
        foreach (var kind in Cases.InitialDocuments)
            await (await staff.PostAsync($"/api/applications/{id}/documents", Files.Upload(kind, SampleDocuments.Pdf(kind), kind + ".pdf"))).ReadAsync(HttpStatusCode.Created);
        var submitted = await staff.PostJsonAsync($"/api/applications/{id}/submit", null);
        Assert.Equal(creditCode, await _factory.DatabaseAsync(db => db.Applications.Where(a => a.Id == id).Select(a => a.FiledBy).SingleAsync()));
        return (id, submitted["summary"]!["caseNumber"].Str());
    }

    private async Task<TestUser> EnterpriseAccountAsync(string email, string displayName, string creditCode, string culture)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApprovalsUser>>();
        var user = new ApprovalsUser
        {
            UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName, PreferredCulture = culture,
            District = Qingpu, EnterpriseCreditCode = creditCode, EnterpriseName = "青浦抄送测试计量有限公司",
        };
        Assert.True((await users.CreateAsync(user, TestAccount.Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, ApprovalsRoles.Employer)).Succeeded);
        return TestUser.Employer(user.Id, Qingpu, creditCode, "青浦抄送测试计量有限公司") with { Email = email };
    }
}

public sealed class SqliteEmployerDecisionCopyTests(MetrologyApiFactory factory) : EmployerDecisionCopyTests<MetrologyApiFactory>(factory);

public sealed class PostgreSqlEmployerDecisionCopyTests(PostgreSqlMetrologyApiFactory factory) : EmployerDecisionCopyTests<PostgreSqlMetrologyApiFactory>(factory);
