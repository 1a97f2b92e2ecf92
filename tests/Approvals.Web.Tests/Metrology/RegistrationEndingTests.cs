using System.Net;
using System.Net.Http.Json;
using Approvals.Core.Registry;
using Approvals.Testing;
using Approvals.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Web.Tests.Metrology;

/// <summary>
/// Cancellation (注销) at the holder's request and by the bureau, and revocation (撤销) with notice, statement and two
/// deciders, end to end through the API: the registry's status and history, the public check and the mails.
/// </summary>
public abstract class RegistrationEndingTests<TFactory> : IClassFixture<TFactory>, IAsyncLifetime
    where TFactory : MetrologyApiFactory
{
    private const string Qingpu = "310118";
    private const string Wujiang = "320509";

    private readonly TFactory _factory;
    private readonly Cases _cases;

    protected RegistrationEndingTests(TFactory factory)
    {
        _factory = factory;
        _cases = new Cases(factory);
    }

    public Task InitializeAsync() => _factory.SeedRegistryAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static TestUser Regulator(string id, string district) => new(id, $"{id}@bureau.test", "Regulator", district);

    private static object Cancellation(string idNumber, string name, string number, string reason = "本人已退休，申请注销注册。") => new
    {
        type = "Cancellation", personName = name, idNumber, registrationNumber = number, reason,
    };

    [SkippableFact]
    public async Task A_holders_cancellation_approved_cancels_the_registration_with_its_history_and_the_public_check_shows_it_at_once()
    {
        var idNumber = People.NewIdNumber();
        var number = await RegistryRecords.RegisterAsync(_factory, idNumber, "林青", MetrologistLevel.Level2, Qingpu, 2020, 700);
        var (client, id, submitted) = await _cases.SubmitAsync(TestUser.Applicant("cancel-holder"), Cancellation(idNumber, "林青", number), "ApplicationForm");
        Assert.Equal("InReview", Cases.Status(submitted));
        Assert.Equal(Qingpu, submitted["summary"]!["districtCode"].Str());

        (await _cases.DecideAsync(TestUser.Reviewer("cancel-reviewer", Qingpu), id, "review", "Approve")).EnsureSuccessStatusCode();

        Assert.Equal("Approved", Cases.Status(await _cases.GetAsync(client, id)));
        var registration = await _factory.DatabaseAsync(db => db.Registrations.AsNoTracking().SingleAsync(r => r.Number == number));
        Assert.Equal(RegistrationStatus.Cancelled, registration.Status);
        var history = await _factory.DatabaseAsync(db => db.RegistrationHistory.AsNoTracking().Where(h => h.RegistrationId == registration.Id).ToListAsync());
        Assert.Equal("本人已退休，申请注销注册。", Assert.Single(history).Reason);
        Assert.Equal((RegistrationEvent.Cancelled, id, Core.Workflow.ZoneTime.Today(DateTimeOffset.UtcNow)), (history[0].Kind, history[0].ApplicationId, history[0].EffectiveOn));
        var check = await _factory.CreateClient().GetJsonAsync($"/api/registry/check?number={number}&name=林青");
        Assert.False(check["valid"]!.GetValue<bool>());
        Assert.Equal("Cancelled", check["status"].Str());
        Assert.Contains("已注销", check["statusText"]!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        Assert.Contains(await _cases.MailsAsync(id), m => m.Subject.Contains("准予注销注册决定"));
    }

    [SkippableFact]
    public async Task A_holders_cancellation_of_a_registration_moved_to_another_district_is_decided_where_it_is_held_now()
    {
        var idNumber = People.NewIdNumber();
        var number = await RegistryRecords.RegisterAsync(_factory, idNumber, "韩梅", MetrologistLevel.Level2, Qingpu, 2018, 700);
        // As a change of employer into Wujiang leaves it: the number still names Qingpu, which issued it.
        await _factory.DatabaseAsync(async db =>
        {
            (await db.Registrations.SingleAsync(r => r.Number == number)).DistrictCode = "320509";
            return await db.SaveChangesAsync();
        });

        var (_, _, submitted) = await _cases.SubmitAsync(TestUser.Applicant("moved-cancel-holder"), Cancellation(idNumber, "韩梅", number), "ApplicationForm");

        Assert.Equal("InReview", Cases.Status(submitted));
        Assert.Equal("320509", submitted["summary"]!["districtCode"].Str());
    }

    [SkippableFact]
    public async Task A_holders_cancellation_refused_leaves_the_registration_in_force_and_mails_the_reason_and_appeal()
    {
        var idNumber = People.NewIdNumber();
        var number = await RegistryRecords.RegisterAsync(_factory, idNumber, "郑和", MetrologistLevel.Level2, Qingpu, 2020, 700);
        var (client, id, _) = await _cases.SubmitAsync(TestUser.Applicant("cancel-refused"), Cancellation(idNumber, "郑和", number), "ApplicationForm");

        (await _cases.DecideAsync(TestUser.Reviewer("cancel-refuser", Qingpu), id, "review", "Reject", "仍有在办的检定项目。")).EnsureSuccessStatusCode();

        Assert.Equal("Rejected", Cases.Status(await _cases.GetAsync(client, id)));
        Assert.Equal(RegistrationStatus.Active, await _factory.DatabaseAsync(db => db.Registrations.AsNoTracking().Where(r => r.Number == number).Select(r => r.Status).SingleAsync()));
        var refusal = Assert.Single(await _cases.MailsAsync(id), m => m.Subject.Contains("不予注销注册决定"));
        Assert.Contains("仍有在办的检定项目。", refusal.Body);
        Assert.Contains("行政复议", refusal.Body);
    }

    [SkippableFact]
    public async Task A_holders_cancellation_without_the_form_is_sent_back_for_corrections_then_approved()
    {
        var idNumber = People.NewIdNumber();
        var number = await RegistryRecords.RegisterAsync(_factory, idNumber, "高远", MetrologistLevel.Level2, Qingpu, 2020, 700);
        var (client, id, submitted) = await _cases.SubmitAsync(TestUser.Applicant("cancel-corrects"), Cancellation(idNumber, "高远", number));
        Assert.Equal("AwaitingCorrections", Cases.Status(submitted));
        Assert.Contains("Document.Missing", Cases.FindingCodes(submitted));

        await (await client.PostAsync($"/api/applications/{id}/documents", Files.Upload("ApplicationForm", SampleDocuments.Pdf(), "form.pdf"))).ReadAsync(HttpStatusCode.Created);
        Assert.Equal("InReview", Cases.Status(await client.PostJsonAsync($"/api/applications/{id}/submit", null)));
        (await _cases.DecideAsync(TestUser.Reviewer("cancel-after-corrections", Qingpu), id, "review", "Approve")).EnsureSuccessStatusCode();

        Assert.Equal(RegistrationStatus.Cancelled, await _factory.DatabaseAsync(db => db.Registrations.AsNoTracking().Where(r => r.Number == number).Select(r => r.Status).SingleAsync()));
    }

    [SkippableFact]
    public async Task A_cancellation_of_someone_elses_registration_is_not_accepted_as_filed()
    {
        var idNumber = People.NewIdNumber();
        var number = await RegistryRecords.RegisterAsync(_factory, idNumber, "冯远", MetrologistLevel.Level2, Qingpu, 2020, 700);
        var (_, _, submitted) = await _cases.SubmitAsync(TestUser.Applicant("cancel-impostor"), Cancellation(People.NewIdNumber(), "冯远", number), "ApplicationForm");

        Assert.Equal("AwaitingCorrections", Cases.Status(submitted));
        Assert.Contains("Ending.NotFound", Cases.FindingCodes(submitted));
        Assert.Equal(RegistrationStatus.Active, await _factory.DatabaseAsync(db => db.Registrations.AsNoTracking().Where(r => r.Number == number).Select(r => r.Status).SingleAsync()));
    }

    [SkippableFact]
    public async Task A_regulator_cancels_a_registration_of_their_district_for_a_ground_and_the_holder_is_mailed_the_decision()
    {
        var holder = TestUser.Applicant("bureau-cancel-holder");
        var number = await HolderRegistrations.RegisterAsync(_factory, holder, People.NewIdNumber(), "白露", Qingpu, 2020);
        var regulator = Regulator("qp-regulator-cancel", Qingpu);

        var started = await (await _factory.ClientFor(regulator).PostAsync($"/api/registry/registrations/{number}/cancellation",
            HolderRegistrations.BureauRequest("持证人已于 2026 年 3 月离开聘用单位。", "LeftEmployer"))).ReadAsync(HttpStatusCode.Created);
        var id = started["summary"]!["id"].Str();
        Assert.Equal("InReview", Cases.Status(started));
        Assert.True(started["ending"]!["startedByBureau"]!.GetValue<bool>());

        (await _cases.DecideAsync(TestUser.Reviewer("qp-bureau-reviewer", Qingpu), id, "bureau-review", "Approve")).EnsureSuccessStatusCode();

        Assert.Equal("Approved", Cases.Status(await _cases.GetAsync(_factory.ClientFor(holder), id)));
        Assert.Equal(RegistrationStatus.Cancelled, await _factory.DatabaseAsync(db => db.Registrations.AsNoTracking().Where(r => r.Number == number).Select(r => r.Status).SingleAsync()));
        var mail = Assert.Single(await _cases.MailsAsync(id));
        Assert.Equal(holder.Email, mail.To);
        Assert.Contains("持证人已于 2026 年 3 月离开聘用单位。", mail.Body);
    }

    [SkippableFact]
    public async Task A_bureau_cancellation_needs_a_ground_a_reason_and_evidence_and_saves_nothing_without_them()
    {
        var number = await HolderRegistrations.RegisterAsync(_factory, TestUser.Applicant("bureau-cancel-incomplete"), People.NewIdNumber(), "严冬", Qingpu, 2020);

        var problem = await (await _factory.ClientFor(Regulator("qp-regulator-incomplete", Qingpu)).PostAsync(
            $"/api/registry/registrations/{number}/cancellation", HolderRegistrations.BureauRequest("", withEvidence: false))).ReadAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["evidence", "ground", "reason"], problem["errors"]!.AsObject().Select(e => e.Key).Order());
        Assert.False(await _factory.DatabaseAsync(db => db.Applications.AnyAsync(a => a.RegistrationNumber == number && a.Type == Core.Applications.ApplicationType.Cancellation)));
    }

    [SkippableFact]
    public async Task A_regulator_of_another_district_gets_not_found_and_an_applicant_is_forbidden()
    {
        var number = await HolderRegistrations.RegisterAsync(_factory, TestUser.Applicant("scoped-holder"), People.NewIdNumber(), "程远", Qingpu, 2020);

        var otherDistrict = await _factory.ClientFor(Regulator("wj-regulator", Wujiang)).PostAsync($"/api/registry/registrations/{number}/revocation", HolderRegistrations.BureauRequest("理由"));
        var missing = await _factory.ClientFor(Regulator("wj-regulator", Wujiang)).PostAsync("/api/registry/registrations/CSJ-R2-320509-2020-999999/revocation", HolderRegistrations.BureauRequest("理由"));
        var applicant = await _factory.ClientFor(TestUser.Applicant("would-revoke")).PostAsync($"/api/registry/registrations/{number}/revocation", HolderRegistrations.BureauRequest("理由"));

        Assert.Equal(HttpStatusCode.NotFound, otherDistrict.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal((await missing.ProblemAsync())["title"]?.ToString(), (await otherDistrict.ProblemAsync())["title"]?.ToString());
        Assert.Equal(HttpStatusCode.Forbidden, applicant.StatusCode);
        var filedAsApplication = await _factory.ClientFor(TestUser.Applicant("would-revoke")).PostAsJsonAsync("/api/applications", new { type = "Revocation", registrationNumber = number, personName = "程远", reason = "理由" });
        Assert.Equal(HttpStatusCode.Forbidden, filedAsApplication.StatusCode);
        Assert.False(await _factory.DatabaseAsync(db => db.Applications.AnyAsync(a => a.RegistrationNumber == number && a.Type == Core.Applications.ApplicationType.Revocation)));
    }

    [SkippableFact]
    public async Task A_revocation_notifies_the_holder_takes_their_statement_and_revokes_only_with_two_different_reviewers()
    {
        var holder = TestUser.Applicant("revocation-holder");
        var number = await HolderRegistrations.RegisterAsync(_factory, holder, People.NewIdNumber(), "邱实", Qingpu, 2020);
        var id = await StartRevocationAsync(number, "以欺骗手段取得注册：提交的劳动合同系伪造。");
        var holderClient = _factory.ClientFor(holder);
        Assert.Equal("AwaitingStatement", Cases.Status(await _cases.GetAsync(holderClient, id)));
        var notice = Assert.Single(await _cases.MailsAsync(id));
        Assert.Equal(holder.Email, notice.To);
        Assert.Contains("劳动合同系伪造", notice.Body);
        Assert.Contains("陈述和申辩", notice.Body);

        var stated = await (await holderClient.PostAsync($"/api/applications/{id}/statement", HolderRegistrations.Statement("合同真实有效，附单位证明。"))).ReadAsync(HttpStatusCode.OK);
        Assert.Equal("InReview", Cases.Status(stated));
        Assert.Equal("合同真实有效，附单位证明。", stated["ending"]!["statement"].Str());
        Assert.Equal(2, stated["documents"]!.AsArray().Count);
        Assert.Equal(HttpStatusCode.Conflict, (await holderClient.PostAsync($"/api/applications/{id}/statement", HolderRegistrations.Statement("再次陈述"))).StatusCode);

        (await _cases.DecideAsync(TestUser.Reviewer("revoke-first", Qingpu), id, "decide", "Revoke", "经核实合同系伪造，陈述申辩理由不成立。")).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.Conflict, (await _cases.CompleteByIdAsync(TestUser.Reviewer("revoke-first", Qingpu), id, "second", "Approve")).StatusCode);
        Assert.Equal(RegistrationStatus.Active, await StatusOfAsync(number));
        (await _cases.DecideAsync(TestUser.Reviewer("revoke-second", Qingpu), id, "second", "Approve")).EnsureSuccessStatusCode();

        Assert.Equal("Approved", Cases.Status(await _cases.GetAsync(holderClient, id)));
        Assert.Equal(RegistrationStatus.Revoked, await StatusOfAsync(number));
        var revoked = Assert.Single(await _factory.DatabaseAsync(db => db.RegistrationHistory.AsNoTracking().Where(h => h.RegistrationNumber == number).ToListAsync()));
        Assert.Equal((RegistrationEvent.Revoked, id, "经核实合同系伪造，陈述申辩理由不成立。"), (revoked.Kind, revoked.ApplicationId, revoked.Reason));
        Assert.Equal(Core.Workflow.ZoneTime.Today(DateTimeOffset.UtcNow), revoked.EffectiveOn);
        var check = await _factory.CreateClient().GetJsonAsync($"/api/registry/check?number={number}&name=邱实");
        Assert.Equal(("Revoked", false), (check["status"].Str(), check["valid"]!.GetValue<bool>()));
        var decision = Assert.Single(await _cases.MailsAsync(id), m => m.Subject.Contains("撤销注册决定"));
        Assert.Contains("陈述申辩理由不成立", decision.Body);
        Assert.Contains("第六十九条", decision.Body);
        Assert.Contains("行政诉讼", decision.Body);
    }

    [SkippableFact]
    public async Task A_revocation_goes_to_decision_when_the_statement_deadline_passes_without_one()
    {
        var holder = TestUser.Applicant("revocation-silent");
        var number = await HolderRegistrations.RegisterAsync(_factory, holder, People.NewIdNumber(), "沈默", Qingpu, 2020);
        var id = await StartRevocationAsync(number, "注册所依据的资格证书已被撤销。");

        await _cases.FirePendingTimerAsync(id);

        var holderClient = _factory.ClientFor(holder);
        Assert.Equal("InReview", Cases.Status(await _cases.GetAsync(holderClient, id)));
        Assert.Equal(HttpStatusCode.Conflict, (await holderClient.PostAsync($"/api/applications/{id}/statement", HolderRegistrations.Statement("迟到的陈述"))).StatusCode);
        (await _cases.DecideAsync(TestUser.Reviewer("silent-first", Qingpu), id, "decide", "Revoke", "期限内未陈述申辩，事实清楚。")).EnsureSuccessStatusCode();
        (await _cases.DecideAsync(TestUser.Reviewer("silent-second", Qingpu), id, "second", "Approve")).EnsureSuccessStatusCode();

        Assert.Equal(RegistrationStatus.Revoked, await StatusOfAsync(number));
    }

    [SkippableFact]
    public async Task A_revocation_the_reviewer_decides_against_leaves_the_registration_in_force_and_tells_the_holder()
    {
        var holder = TestUser.Applicant("revocation-dropped");
        var number = await HolderRegistrations.RegisterAsync(_factory, holder, People.NewIdNumber(), "宁静", Qingpu, 2020);
        var id = await StartRevocationAsync(number, "涉嫌伪造学历。");
        await (await _factory.ClientFor(holder).PostAsync($"/api/applications/{id}/statement", HolderRegistrations.Statement("学历经学信网可查。"))).ReadAsync(HttpStatusCode.OK);

        (await _cases.DecideAsync(TestUser.Reviewer("dropped-first", Qingpu), id, "decide", "NotRevoke", "学历经核实属实。")).EnsureSuccessStatusCode();

        Assert.Equal("Rejected", Cases.Status(await _cases.GetAsync(_factory.ClientFor(holder), id)));
        Assert.Equal(RegistrationStatus.Active, await StatusOfAsync(number));
        var mail = Assert.Single(await _cases.MailsAsync(id), m => m.Subject.Contains("不予撤销注册决定"));
        Assert.Contains("学历经核实属实。", mail.Body);
    }

    [SkippableFact]
    public async Task A_revocation_awaiting_the_statement_shows_its_deadline_and_past_it_a_statement_is_refused_before_the_timer_has_run()
    {
        var holder = TestUser.Applicant("revocation-late");
        var number = await HolderRegistrations.RegisterAsync(_factory, holder, People.NewIdNumber(), "迟明", Qingpu, 2020);
        var id = await StartRevocationAsync(number, "注册所依据的资格证书系伪造。");
        var holderClient = _factory.ClientFor(holder);
        var awaiting = await _cases.GetAsync(holderClient, id);
        Assert.True(awaiting["ending"]!["statementDueAt"]!.GetValue<DateTimeOffset>() > DateTimeOffset.UtcNow.AddDays(4));
        var instanceId = awaiting["instanceId"].Str();
        await _factory.DatabaseAsync(db => db.Bookmarks.Where(b => b.InstanceId == instanceId && b.Kind == "Statement")
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.DueAt, DateTimeOffset.UtcNow.AddMinutes(-1))));

        var late = await holderClient.PostAsync($"/api/applications/{id}/statement", HolderRegistrations.Statement("迟到的陈述"));

        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains("陈述申辩期限已于", await late.Content.ReadAsStringAsync());
        var after = await _cases.GetAsync(holderClient, id);
        Assert.Equal("AwaitingStatement", Cases.Status(after));
        Assert.Null(after["ending"]!["statement"]);
    }

    [SkippableFact]
    public async Task Only_the_holder_may_state_their_case()
    {
        var number = await HolderRegistrations.RegisterAsync(_factory, TestUser.Applicant("statement-owner"), People.NewIdNumber(), "马良", Qingpu, 2020);
        var id = await StartRevocationAsync(number, "理由");

        var stranger = await _factory.ClientFor(TestUser.Applicant("statement-stranger")).PostAsync($"/api/applications/{id}/statement", HolderRegistrations.Statement("冒名陈述"));

        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
    }

    [SkippableFact]
    public async Task The_holder_cannot_withdraw_a_revocation_the_bureau_started_and_the_case_goes_on()
    {
        var holder = TestUser.Applicant("withdraw-revocation");
        var number = await HolderRegistrations.RegisterAsync(_factory, holder, People.NewIdNumber(), "钱多", Qingpu, 2019);
        var id = await StartRevocationAsync(number, "以贿赂手段取得注册。");
        var client = _factory.ClientFor(holder);

        var withdrawn = await client.PostAsync($"/api/applications/{id}/withdraw", null);

        Assert.Equal(HttpStatusCode.Conflict, withdrawn.StatusCode);
        Assert.Contains("依职权启动", (await withdrawn.Content.ReadAsStringAsync()));
        Assert.Equal("AwaitingStatement", Cases.Status(await _cases.GetAsync(client, id)));
    }

    private async Task<string> StartRevocationAsync(string number, string reason)
    {
        var started = await (await _factory.ClientFor(Regulator("qp-regulator-revoke", Qingpu)).PostAsync($"/api/registry/registrations/{number}/revocation",
            HolderRegistrations.BureauRequest(reason))).ReadAsync(HttpStatusCode.Created);
        return started["summary"]!["id"].Str();
    }

    private Task<RegistrationStatus> StatusOfAsync(string number) =>
        _factory.DatabaseAsync(db => db.Registrations.AsNoTracking().Where(r => r.Number == number).Select(r => r.Status).SingleAsync());
}

public sealed class SqliteRegistrationEndingTests(MetrologyApiFactory factory) : RegistrationEndingTests<MetrologyApiFactory>(factory);

public sealed class PostgreSqlRegistrationEndingTests(PostgreSqlMetrologyApiFactory factory) : RegistrationEndingTests<PostgreSqlMetrologyApiFactory>(factory);
