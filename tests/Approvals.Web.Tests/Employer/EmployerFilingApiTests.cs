using System.Net;
using System.Net.Http.Json;
using Approvals.Core.Access;
using Approvals.Infrastructure.Identity;
using Approvals.Testing;
using Approvals.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.Web.Tests.Employer;

/// <summary>An employer files for its staff in a batch (通过执业单位统一申请); each staff member confirms before anything is submitted.</summary>
public abstract class EmployerFilingApiTests<TFactory> : IClassFixture<TFactory>, IAsyncLifetime
    where TFactory : MetrologyApiFactory
{
    private const string Qingpu = "310118";
    private const string Wujiang = "320509";
    private readonly TFactory _factory;

    protected EmployerFilingApiTests(TFactory factory) => _factory = factory;

    public Task InitializeAsync() => _factory.SeedRegistryAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static TestUser QingpuEmployer(string id) => TestUser.Employer(id, Qingpu, CreditCode(Qingpu, id), "青浦测试计量有限公司");

    private static string CreditCode(string district, string seed)
    {
        var first17 = $"91{district}MA{Math.Abs(seed.GetHashCode(StringComparison.Ordinal)) % 10_000_000:D7}";
        return first17 + Core.Checks.UnifiedSocialCreditCode.ExpectedCheckCharacter(first17);
    }

    private static object Row(string name, string idNumber, string email, string type = "InitialRegistration", string? registrationNumber = null) =>
        new { type, personName = name, idNumber, email, level = type == "InitialRegistration" ? 2 : (int?)null, qualificationCertificateNumber = "ZG-BATCH-0001", projects = new[] { "长度计量" }, registrationNumber };

    private static string BadCheckDigit(string idNumber) => idNumber[..17] + (idNumber[17] == '0' ? '1' : '0');

    private async Task<IReadOnlyList<string>> FileAsync(HttpClient employer, params object[] rows)
    {
        var filed = await employer.PostJsonAsync("/api/employer/batches", new { staff = rows }, HttpStatusCode.Created);
        return filed.AsArray().Select(c => c!["id"].Str()).ToList();
    }

    private Task<string> StaffUserIdAsync(string applicationId) =>
        _factory.DatabaseAsync(db => db.Applications.Where(a => a.Id == applicationId).Select(a => a.ApplicantUserId).SingleAsync());

    [SkippableFact]
    public async Task A_batch_with_a_wrong_ID_number_is_refused_whole_naming_the_row_and_the_fixed_batch_makes_a_draft_per_staff_member()
    {
        var employer = _factory.ClientFor(QingpuEmployer("batch-employer"));
        var good1 = People.NewIdNumber();
        var bad = People.NewIdNumber();
        var good2 = People.NewIdNumber();
        object[] Rows(string second) => [Row("钱一", good1, "qian1@staff.test"), Row("孙二", second, "sun2@staff.test"), Row("李三", good2, "li3@staff.test")];

        var refused = await employer.PostAsJsonAsync("/api/employer/batches", new { staff = Rows(BadCheckDigit(bad)) });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await refused.ProblemAsync())["errors"]!.AsObject();
        Assert.Equal(["staff[1].idNumber"], errors.Select(e => e.Key));
        Assert.Contains("第 2 行（孙二）", errors["staff[1].idNumber"]![0].Str(), StringComparison.Ordinal);
        Assert.Empty((await employer.GetJsonAsync("/api/employer/cases")).AsArray());
        Assert.Equal(0, await _factory.DatabaseAsync(db => db.Users.CountAsync(u => u.Email == "qian1@staff.test")));

        var ids = await FileAsync(employer, Rows(bad));

        Assert.Equal(3, ids.Count);
        var cases = (await employer.GetJsonAsync("/api/employer/cases")).AsArray();
        Assert.Equal(new[] { "钱一", "孙二", "李三" }.Order(StringComparer.Ordinal), cases.Select(c => c!["personName"].Str()).Order(StringComparer.Ordinal));
        Assert.All(cases, c =>
        {
            Assert.Equal("Draft", c!["status"].Str());
            Assert.True(c["awaitsStaffConfirmation"]!.GetValue<bool>());
            Assert.Equal("待本人确认", c["stageText"]!["zhCn"].Str());
        });
        var filedBy = await _factory.DatabaseAsync(db => db.Applications.Where(a => ids.Contains(a.Id)).Select(a => a.FiledBy).Distinct().ToListAsync());
        Assert.Equal([CreditCode(Qingpu, "batch-employer")], filedBy);
        var mail = await _factory.DatabaseAsync(db => db.Outbox.Where(o => o.DeduplicationKey == "staff-filing:" + ids[0]).Select(o => o.PayloadJson).SingleAsync());
        Assert.Contains("account/accept-invitation", mail, StringComparison.Ordinal);
        Assert.Contains("青浦测试计量有限公司", System.Text.RegularExpressions.Regex.Unescape(mail), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_staff_member_sees_the_employers_data_confirms_and_submits_and_the_employer_follows_the_status()
    {
        var employer = _factory.ClientFor(QingpuEmployer("confirm-employer"));
        var idNumber = People.NewIdNumber();
        var id = (await FileAsync(employer, Row("周四", idNumber, "zhou4@staff.test")))[0];
        var staff = _factory.ClientFor(new TestUser(await StaffUserIdAsync(id), "zhou4@staff.test", "Applicant", null));

        var draft = await staff.GetJsonAsync($"/api/applications/{id}");
        Assert.Equal(idNumber, draft["form"]!["idNumber"].Str());
        Assert.Equal("青浦测试计量有限公司", draft["form"]!["employerName"].Str());
        Assert.Equal(Qingpu, draft["form"]!["employerDistrictCode"].Str());
        Assert.Null(draft["staffConfirmedAt"]);

        var confirmed = await staff.PostJsonAsync($"/api/applications/{id}/confirm", null);
        Assert.NotNull(confirmed["staffConfirmedAt"]);
        Assert.Equal("本人已确认，待提交", (await employer.GetJsonAsync($"/api/employer/cases/{id}"))["stageText"]!["zhCn"].Str());
        foreach (var kind in Cases.InitialDocuments)
            await (await staff.PostAsync($"/api/applications/{id}/documents", Files.Upload(kind, SampleDocuments.Pdf(kind), kind + ".pdf"))).ReadAsync(HttpStatusCode.Created);
        var submitted = await staff.PostJsonAsync($"/api/applications/{id}/submit", null);

        Assert.NotEqual("Draft", Cases.Status(submitted));
        var followed = await employer.GetJsonAsync($"/api/employer/cases/{id}");
        Assert.Equal(Cases.Status(submitted), followed["status"].Str());
        Assert.Equal(submitted["summary"]!["caseNumber"].Str(), followed["caseNumber"].Str());
        Assert.False(followed["awaitsStaffConfirmation"]!.GetValue<bool>());
    }

    [SkippableFact]
    public async Task A_case_whose_staff_member_has_not_confirmed_cannot_be_submitted()
    {
        var employer = _factory.ClientFor(QingpuEmployer("unconfirmed-employer"));
        var id = (await FileAsync(employer, Row("吴五", People.NewIdNumber(), "wu5@staff.test")))[0];
        var staff = _factory.ClientFor(new TestUser(await StaffUserIdAsync(id), "wu5@staff.test", "Applicant", null));

        var response = await staff.PostAsync($"/api/applications/{id}/submit", null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var followed = await employer.GetJsonAsync($"/api/employer/cases/{id}");
        Assert.Equal("Draft", followed["status"].Str());
        Assert.True(followed["awaitsStaffConfirmation"]!.GetValue<bool>());
    }

    [SkippableFact]
    public async Task An_existing_applicant_account_gets_the_case_and_a_mail_with_its_link_not_an_invitation()
    {
        string userId;
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApprovalsUser>>();
            var user = new ApprovalsUser { UserName = "zheng6@staff.test", Email = "zheng6@staff.test", EmailConfirmed = true, DisplayName = "郑六" };
            Assert.True((await users.CreateAsync(user, "Existing2026Pw")).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, ApprovalsRoles.Applicant)).Succeeded);
            userId = user.Id;
        }
        var employer = _factory.ClientFor(QingpuEmployer("existing-employer"));

        var id = (await FileAsync(employer, Row("郑六", People.NewIdNumber(), "zheng6@staff.test", "Renewal", "CSJ-310118-2021-000001")))[0];

        Assert.Equal(userId, await StaffUserIdAsync(id));
        await new Cases(_factory).SendQueuedMailAsync(id);
        var mail = Assert.Single(await DeliveredMail.ToAsync(_factory, "zheng6@staff.test"));
        var caseLink = $"{ApiFactory.PublicBaseUrl}applications/{id}";
        Assert.Contains(caseLink, mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"href=\"{caseLink}\"", mail.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("accept-invitation", mail.TextBody + mail.HtmlBody, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_staff_member_may_not_delete_the_draft_their_employer_filed_and_the_employer_may()
    {
        var employer = _factory.ClientFor(QingpuEmployer("delete-employer"));
        var id = (await FileAsync(employer, Row("郑八", People.NewIdNumber(), "zheng8@staff.test")))[0];
        var staff = _factory.ClientFor(new TestUser(await StaffUserIdAsync(id), "zheng8@staff.test", "Applicant", null));

        using var request = new HttpRequestMessage(HttpMethod.Delete, $"/api/applications/{id}");
        request.Headers.AcceptLanguage.ParseAdd("en");
        var refused = await staff.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("employer", (await refused.ProblemAsync())["detail"].Str(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Draft", (await staff.GetJsonAsync($"/api/applications/{id}"))["summary"]!["status"].Str());

        Assert.Equal(HttpStatusCode.NoContent, (await employer.DeleteAsync($"/api/employer/cases/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await employer.GetAsync($"/api/employer/cases/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/api/applications/{id}")).StatusCode);
    }

    [SkippableFact]
    public async Task Another_employer_cannot_delete_a_filed_draft_and_reads_it_as_missing()
    {
        var owner = _factory.ClientFor(QingpuEmployer("delete-owner-employer"));
        var id = (await FileAsync(owner, Row("王九", People.NewIdNumber(), "wang9@staff.test")))[0];
        var other = _factory.ClientFor(TestUser.Employer("delete-other-employer", Wujiang, CreditCode(Wujiang, "delete-other-employer"), "吴江测试有限公司"));

        Assert.Equal(HttpStatusCode.NotFound, (await other.DeleteAsync($"/api/employer/cases/{id}")).StatusCode);
        Assert.Equal("Draft", (await owner.GetJsonAsync($"/api/employer/cases/{id}"))["status"].Str());
    }

    [SkippableFact]
    public async Task Another_employer_reads_the_case_as_missing_and_never_lists_it()
    {
        var id = (await FileAsync(_factory.ClientFor(QingpuEmployer("owner-employer")), Row("冯七", People.NewIdNumber(), "feng7@staff.test")))[0];
        var other = _factory.ClientFor(TestUser.Employer("other-employer", Wujiang, CreditCode(Wujiang, "other-employer"), "吴江测试有限公司"));

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/employer/cases/{id}")).StatusCode);
        Assert.DoesNotContain((await other.GetJsonAsync("/api/employer/cases")).AsArray(), c => c!["id"].Str() == id);
    }

    [SkippableFact]
    public async Task An_employer_resends_an_invitation_whose_new_link_lets_the_staff_member_in_and_whose_old_link_no_longer_works()
    {
        var employer = _factory.ClientFor(QingpuEmployer("reinvite-employer"));
        var id = (await FileAsync(employer, Row("卫十", People.NewIdNumber(), "wei10@staff.test")))[0];
        var firstLink = await Invitations.LinkAsync(_factory, "staff-filing:" + id);
        Assert.True((await employer.GetJsonAsync($"/api/employer/cases/{id}"))["invitationPending"]!.GetValue<bool>());

        var resent = await employer.PostJsonAsync($"/api/employer/cases/{id}/invitation", null);

        Assert.True(resent["invitationPending"]!.GetValue<bool>());
        var key = await _factory.DatabaseAsync(db => db.Outbox.Where(o => o.DeduplicationKey!.StartsWith("staff-invitation:" + id + ":")).Select(o => o.DeduplicationKey!).SingleAsync());
        var newLink = await Invitations.LinkAsync(_factory, key);
        Assert.NotEqual(firstLink, newLink);
        Assert.Contains("邀请链接无效或已过期", await Invitations.AcceptAsync(_factory, firstLink, "Reinvited-2026-pw"), StringComparison.Ordinal);
        Assert.Contains("密码已设置，邮箱已确认。", await Invitations.AcceptAsync(_factory, newLink, "Reinvited-2026-pw"), StringComparison.Ordinal);
        Assert.False(Assert.Single((await employer.GetJsonAsync("/api/employer/cases")).AsArray(), c => c!["id"].Str() == id)!["invitationPending"]!.GetValue<bool>());
    }

    [SkippableFact]
    public async Task An_invitation_already_accepted_is_not_resent_and_another_employers_staff_member_reads_as_missing()
    {
        var employer = _factory.ClientFor(QingpuEmployer("accepted-employer"));
        var id = (await FileAsync(employer, Row("蒋十一", People.NewIdNumber(), "jiang11@staff.test")))[0];
        Assert.Contains("密码已设置", await Invitations.AcceptAsync(_factory, await Invitations.LinkAsync(_factory, "staff-filing:" + id), "Accepted-2026-pw"), StringComparison.Ordinal);
        var other = _factory.ClientFor(TestUser.Employer("reinvite-other", Wujiang, CreditCode(Wujiang, "reinvite-other"), "吴江测试有限公司"));

        var refused = await employer.PostAsync($"/api/employer/cases/{id}/invitation", null);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("jiang11@staff.test 已接受邀请", (await refused.ProblemAsync())["detail"].Str(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"/api/employer/cases/{id}/invitation", null)).StatusCode);
        Assert.Equal(0, await _factory.DatabaseAsync(db => db.Outbox.CountAsync(o => o.DeduplicationKey!.StartsWith("staff-invitation:" + id))));
    }

    [SkippableFact]
    public async Task An_applicant_cannot_use_the_employer_endpoints()
    {
        var applicant = _factory.ClientFor(TestUser.Applicant("not-an-employer"));

        Assert.Equal(HttpStatusCode.Forbidden, (await applicant.GetAsync("/api/employer/cases")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await applicant.PostAsJsonAsync("/api/employer/batches", new { staff = new[] { Row("陈八", People.NewIdNumber(), "chen8@staff.test") } })).StatusCode);
    }

    [SkippableFact]
    public async Task A_staff_or_enterprise_accounts_e_mail_cannot_be_filed_for()
    {
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApprovalsUser>>();
            var user = new ApprovalsUser { UserName = "clerk@bureau.test", Email = "clerk@bureau.test", EmailConfirmed = true, DisplayName = "审核员", District = Qingpu };
            Assert.True((await users.CreateAsync(user, "Existing2026Pw")).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, ApprovalsRoles.Reviewer)).Succeeded);
        }
        var employer = _factory.ClientFor(QingpuEmployer("reviewer-mail-employer"));

        var refused = await employer.PostAsJsonAsync("/api/employer/batches", new { staff = new[] { Row("褚九", People.NewIdNumber(), "clerk@bureau.test") } });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["staff[0].email"], (await refused.ProblemAsync())["errors"]!.AsObject().Select(e => e.Key));
    }
}

public sealed class SqliteEmployerFilingApiTests(MetrologyApiFactory factory) : EmployerFilingApiTests<MetrologyApiFactory>(factory);

public sealed class PostgreSqlEmployerFilingApiTests(PostgreSqlMetrologyApiFactory factory) : EmployerFilingApiTests<PostgreSqlMetrologyApiFactory>(factory);
