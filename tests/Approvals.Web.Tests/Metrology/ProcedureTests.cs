using System.Net;
using Approvals.Core.Workflow;
using Approvals.Infrastructure.Metrology.Registry;
using Approvals.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Web.Tests.Metrology;

/// <summary>Each procedure end to end through the API, as applicants and reviewers use it, on each database provider.</summary>
public abstract class ProcedureTests<TFactory> : IClassFixture<TFactory>, IAsyncLifetime
    where TFactory : MetrologyApiFactory
{
    private const string Qingpu = "310118";
    private const string Wujiang = "320509";
    private const string Jiashan = "330421";

    private readonly TFactory _factory;
    private readonly Cases _cases;

    protected ProcedureTests(TFactory factory)
    {
        _factory = factory;
        _cases = new Cases(factory);
    }

    public Task InitializeAsync() => _factory.SeedRegistryAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [SkippableFact]
    public async Task Initial_registration_approved_by_the_district_is_registered_and_publicly_checkable()
    {
        var applicant = TestUser.Applicant("approve-applicant");
        var (client, id, submitted) = await _cases.SubmitAsync(applicant,
            Cases.InitialRegistration(People.NewIdNumber(), Qingpu, level: 2, Qingpu, "JL-LOCAL-0001", name: "孙丽"), Cases.InitialDocuments);
        Assert.Equal("InReview", Cases.Status(submitted));
        Assert.Empty(submitted["findings"]!.AsArray());

        (await _cases.DecideAsync(TestUser.Reviewer("qingpu-reviewer", Qingpu), id, "review", "Approve")).EnsureSuccessStatusCode();

        var decided = await _cases.GetAsync(client, id);
        Assert.Equal("Approved", Cases.Status(decided));
        Assert.Equal(["Draft", "Submitted", "Accepted", "InReview", "Approved"], Cases.Timeline(decided));
        var number = decided["summary"]!["issuedNumber"].Str();
        Assert.StartsWith($"CSJ-R2-{Qingpu}-", number);
        Assert.Equal("Approve", Assert.Single(decided["decisions"]!.AsArray())!["outcome"].Str());

        var mails = await _cases.MailsAsync(id);
        Assert.All(mails, m => Assert.Equal("approve-applicant@example.test", m.To));
        Assert.Contains(mails, m => m.Subject.Contains("申请已受理"));
        Assert.Contains(mails, m => m.Subject.Contains("准予注册") && m.Body.Contains(number));

        var check = await _factory.CreateClient().GetJsonAsync($"/api/registry/check?number={number}&name=孙丽");
        Assert.True(check["valid"]!.GetValue<bool>());
        Assert.Equal(("Level2", Qingpu, "Active"), (check["level"].Str(), check["districtCode"].Str(), check["status"].Str()));
        Assert.Null(check["holderIdNumber"]);
        Assert.Equal(HttpStatusCode.NotFound, (await _factory.CreateClient().GetAsync($"/api/registry/check?number={number}&name=别人")).StatusCode);
    }

    [SkippableFact]
    public async Task A_certificate_from_another_district_found_in_the_registry_is_confirmed_at_once()
    {
        var (_, name, idNumber, _, _) = DevelopmentRegistrySeed.People[0];
        var certificate = DevelopmentRegistrySeed.SeedCertificateNumber(Qingpu, 0);
        var (client, id, submitted) = await _cases.SubmitAsync(TestUser.Applicant("registry-applicant"),
            Cases.CertificateRecognition(idNumber, name, Wujiang, Qingpu, certificate), Cases.RecognitionDocuments);

        Assert.Equal("InReview", Cases.Status(submitted));
        Assert.Empty(submitted["verifications"]!.AsArray());
        Assert.True(await _factory.DatabaseAsync(db => db.RegistryReadLog.AnyAsync(r => r.RecordNumber == certificate && r.Found && r.ReaderUserId == "procedure")));

        (await _cases.DecideAsync(TestUser.Reviewer("wujiang-reviewer", Wujiang), id, "review", "Approve")).EnsureSuccessStatusCode();
        var decided = await _cases.GetAsync(client, id);
        Assert.Equal("Approved", Cases.Status(decided));
        Assert.StartsWith($"CSJ-MC-{Wujiang}-", decided["summary"]!["issuedNumber"].Str());
    }

    [SkippableFact]
    public async Task A_certificate_unknown_to_the_registry_is_confirmed_by_a_reviewer_of_the_issuing_district()
    {
        var (client, id, submitted) = await _cases.SubmitAsync(TestUser.Applicant("verify-applicant"),
            Cases.CertificateRecognition(People.NewIdNumber(), "周杰", Qingpu, Jiashan, "JS-OLD-7788"), Cases.RecognitionDocuments);
        Assert.Equal("AwaitingVerification", Cases.Status(submitted));

        var jiashan = _factory.ClientFor(TestUser.Reviewer("jiashan-reviewer", Jiashan));
        var request = (await jiashan.GetJsonAsync("/api/verifications")).AsArray().Single(v => v!["applicationId"].Str() == id)!;
        Assert.Equal(("JS-OLD-7788", "周杰", Qingpu), (request["number"].Str(), request["holderName"].Str(), request["requestingDistrictCode"].Str()));

        var wujiang = _factory.ClientFor(TestUser.Reviewer("wujiang-reviewer", Wujiang));
        await wujiang.PostJsonAsync($"/api/verifications/{request["id"].Str()}/answer", new { answer = "Confirmed" }, HttpStatusCode.NotFound);

        var answered = await jiashan.PostJsonAsync($"/api/verifications/{request["id"].Str()}/answer", new { answer = "Confirmed", comment = "原嘉善县质监局核发，有效" });
        Assert.Equal("Confirmed", answered["status"].Str());

        var @case = await _cases.GetAsync(client, id);
        Assert.Equal("InReview", Cases.Status(@case));
        Assert.Equal(["Draft", "Submitted", "Accepted", "AwaitingVerification", "InReview"], Cases.Timeline(@case));
        Assert.Equal("jiashan-reviewer", @case["verifications"]![0]!["answeredBy"].Str());
        await jiashan.PostJsonAsync($"/api/verifications/{request["id"].Str()}/answer", new { answer = "Denied" }, HttpStatusCode.Conflict);
    }

    [SkippableFact]
    public async Task A_renewal_before_its_window_is_not_accepted_with_the_dates_it_may_be_filed_and_the_case_ends()
    {
        var (district, name, idNumber, _, _) = DevelopmentRegistrySeed.People[1];
        var number = await _factory.DatabaseAsync(db => db.Registrations.Where(r => r.Person!.IdNumber == idNumber).Select(r => r.Number).SingleAsync());
        var (client, id, submitted) = await _cases.SubmitAsync(TestUser.Applicant("early-renewal"), Cases.Renewal(idNumber, name, district, number), Cases.RenewalDocuments);

        Assert.Equal("NotAccepted", Cases.Status(submitted));
        Assert.Equal(["Draft", "Submitted", "NotAccepted"], Cases.Timeline(submitted));
        var finding = Assert.Single(submitted["findings"]!.AsArray())!;
        Assert.Equal(("Renewal.OutsideWindow", "registrationNumber", false), (finding["code"].Str(), finding["field"].Str(), finding["isCorrectable"]!.GetValue<bool>()));
        Assert.Contains("延续注册应在", finding["message"]!["zhCn"].Str());

        var mail = Assert.Single(await _cases.MailsAsync(id));
        Assert.Contains("不予受理", mail.Subject);
        Assert.All(new[] { "延续注册应在", "第三十二条第一款", "申请行政复议", "提起行政诉讼" }, text => Assert.Contains(text, mail.Body));
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsync($"/api/applications/{id}/submit", null)).StatusCode);
    }

    [SkippableFact]
    public async Task A_renewal_of_a_registration_moved_to_another_district_is_decided_where_it_is_held_now()
    {
        var (_, name, idNumber, _, _) = DevelopmentRegistrySeed.People[4];
        var number = await _factory.DatabaseAsync(async db =>
        {
            // As a change of employer into Qingpu leaves it: the number still names the district that issued it.
            var registration = await db.Registrations.Where(r => r.Person!.IdNumber == idNumber).SingleAsync();
            registration.DistrictCode = Qingpu;
            registration.ValidTo = ZoneTime.Today(DateTimeOffset.UtcNow).AddDays(60);
            await db.SaveChangesAsync();
            return registration.Number;
        });
        Assert.DoesNotContain($"-{Qingpu}-", number);

        var (client, id, submitted) = await _cases.SubmitAsync(TestUser.Applicant("moved-renewal"), Cases.Renewal(idNumber, name, Qingpu, number), Cases.RenewalDocuments);

        Assert.Equal("InReview", Cases.Status(submitted));
        Assert.Contains($"-{Qingpu}-", submitted["summary"]!["caseNumber"].Str());
        (await _cases.DecideAsync(TestUser.Reviewer("qingpu-renewal-reviewer", Qingpu), id, "review", "Approve")).EnsureSuccessStatusCode();
        Assert.Equal("Approved", Cases.Status(await _cases.GetAsync(client, id)));
    }

}

public sealed class SqliteProcedureTests(MetrologyApiFactory factory) : ProcedureTests<MetrologyApiFactory>(factory);

public sealed class PostgreSqlProcedureTests(PostgreSqlMetrologyApiFactory factory) : ProcedureTests<PostgreSqlMetrologyApiFactory>(factory);
