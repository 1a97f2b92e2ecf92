using System.Net;
using System.Net.Http.Json;
using Approvals.Core.Registry;
using Approvals.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Web.Tests.Metrology;

/// <summary>
/// Four eyes that cannot be bypassed, through the API: the level that decides a second approval is the registry's,
/// never the form's, and the second approval is never offered to, claimable by or completable by the first approver.
/// </summary>
public abstract class FourEyesTests<TFactory> : IClassFixture<TFactory>, IAsyncLifetime
    where TFactory : MetrologyApiFactory
{
    private const string Qingpu = "310118";
    private const string Wujiang = "320509";

    private readonly TFactory _factory;
    private readonly Cases _cases;

    protected FourEyesTests(TFactory factory)
    {
        _factory = factory;
        _cases = new Cases(factory);
    }

    public Task InitializeAsync() => _factory.SeedRegistryAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [SkippableFact]
    public async Task A_level_1_renewal_filed_as_level_2_still_needs_a_second_approval_by_another_person()
    {
        var idNumber = People.NewIdNumber();
        var number = await RegisterLevel1Async(idNumber, "钱程", Qingpu, validForDays: 30);
        var (client, id, submitted) = await _cases.SubmitAsync(TestUser.Applicant("renewal-level1"),
            FiledAsLevel2("Renewal", "钱程", idNumber, Qingpu, number), Cases.RenewalDocuments);
        Assert.Equal("InReview", Cases.Status(submitted));

        (await _cases.DecideAsync(TestUser.Reviewer("renewal-first", Qingpu), id, "review", "Approve")).EnsureSuccessStatusCode();
        Assert.Equal("InReview", Cases.Status(await _cases.GetAsync(client, id)));
        Assert.Equal(HttpStatusCode.Conflict, (await _cases.CompleteByIdAsync(TestUser.Reviewer("renewal-first", Qingpu), id, "second", "Approve")).StatusCode);
        (await _cases.DecideAsync(TestUser.Reviewer("renewal-second", Qingpu), id, "second", "Approve")).EnsureSuccessStatusCode();

        var decided = await _cases.GetAsync(client, id);
        Assert.Equal("Approved", Cases.Status(decided));
        Assert.Equal(number, decided["summary"]!["issuedNumber"].Str());
        Assert.Equal(["renewal-first", "renewal-second"], decided["decisions"].Strings("decidedBy"));
        var renewed = await _factory.DatabaseAsync(db => db.Registrations.AsNoTracking().SingleAsync(r => r.Number == number));
        Assert.Equal(MetrologistLevel.Level1, renewed.Level);
    }

    [SkippableFact]
    public async Task A_registration_recognition_that_claims_a_level_is_refused_because_the_registry_decides_it()
    {
        var idNumber = People.NewIdNumber();
        var number = await RegisterLevel1Async(idNumber, "孙悦", Qingpu, validForDays: 900);
        var client = _factory.ClientFor(TestUser.Applicant("recognition-as-level2"));

        var problem = await (await client.PostAsJsonAsync("/api/applications", FiledAsLevel2("RegistrationRecognition", "孙悦", idNumber, Wujiang, number))).ReadAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["level"], problem["errors"]!.AsObject().Select(e => e.Key));
        Assert.Empty(await _factory.DatabaseAsync(db => db.Applications.AsNoTracking().Where(a => a.ApplicantUserId == "recognition-as-level2").ToListAsync()));
    }

    [SkippableFact]
    public async Task An_initial_registration_claiming_another_level_than_the_recorded_qualification_certificate_is_sent_back_with_a_finding()
    {
        var idNumber = People.NewIdNumber();
        var qualification = await RecordQualificationAsync(idNumber, "吴桐", MetrologistLevel.Level1);
        var form = WithQualification(Cases.InitialRegistration(idNumber, Qingpu, level: 2, Qingpu, "JL-FOUR-EYES-1", name: "吴桐"), qualification);

        var (_, _, submitted) = await _cases.SubmitAsync(TestUser.Applicant("qualification-level"), form, Cases.InitialDocuments);

        Assert.Equal("AwaitingCorrections", Cases.Status(submitted));
        var finding = Assert.Single(submitted["findings"]!.AsArray(), f => f!["code"].Str() == "Qualification.LevelDiffers")!;
        Assert.Equal("level", finding["field"].Str());
        Assert.Contains("一级注册计量师", finding["message"]!["zhCn"].Str());
    }

    [SkippableFact]
    public async Task The_first_approver_is_not_offered_the_second_approval_and_is_refused_claim_and_completion_in_their_language()
    {
        var (client, id, _) = await _cases.SubmitAsync(TestUser.Applicant("four-eyes-inbox"),
            Cases.InitialRegistration(People.NewIdNumber(), Qingpu, level: 1, Qingpu, "JL-FOUR-EYES-2"), Cases.InitialDocuments);
        var first = _factory.ClientFor(TestUser.Reviewer("inbox-first", Qingpu));
        var other = _factory.ClientFor(TestUser.Reviewer("inbox-other", Qingpu));
        (await _cases.DecideAsync(TestUser.Reviewer("inbox-first", Qingpu), id, "review", "Approve")).EnsureSuccessStatusCode();
        var taskId = await _cases.OpenTaskIdAsync(id, "second");

        var firstsInbox = await first.GetJsonAsync("/api/tasks?status=Open");
        var firstsUnclaimed = await first.GetJsonAsync("/api/tasks?status=Open&unassigned=true");
        var othersInbox = await other.GetJsonAsync("/api/tasks?status=Open&unassigned=true");
        var claim = await (await first.PostAsync($"/api/tasks/{taskId}/claim", null)).ReadAsync(HttpStatusCode.Conflict);
        using var english = new HttpRequestMessage(HttpMethod.Post, $"/api/tasks/{taskId}/complete") { Content = JsonContent.Create(new { outcome = "Approve" }) };
        english.Headers.TryAddWithoutValidation("Accept-Language", "en");
        var complete = await (await first.SendAsync(english)).ReadAsync(HttpStatusCode.Conflict);
        var task = await other.GetJsonAsync($"/api/tasks/{taskId}");

        Assert.DoesNotContain(taskId, firstsInbox.Strings("id"));
        Assert.DoesNotContain(taskId, firstsUnclaimed.Strings("id"));
        Assert.Contains(taskId, othersInbox.Strings("id"));
        Assert.Contains("须由其他人员办理", claim["detail"].Str());
        Assert.Contains("must be completed by another person", complete["detail"].Str());
        Assert.Equal(["inbox-first"], task["excludedUsers"]!.AsArray().Select(u => u.Str()));
        Assert.Null(task["assignee"]);
        Assert.Equal("InReview", Cases.Status(await _cases.GetAsync(client, id)));

        (await other.PostAsync($"/api/tasks/{taskId}/claim", null)).EnsureSuccessStatusCode();
        (await other.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { outcome = "Approve" })).EnsureSuccessStatusCode();
        Assert.Equal("Approved", Cases.Status(await _cases.GetAsync(client, id)));
    }

    /// <summary>A renewal or recognition of <paramref name="registrationNumber"/> whose form claims level 2.</summary>
    private static object FiledAsLevel2(string type, string name, string idNumber, string employerDistrict, string registrationNumber) => new
    {
        type,
        personName = name,
        idNumber,
        employerName = "示范区四眼原则测试有限公司",
        employerCreditCode = People.CreditCode(employerDistrict),
        employerDistrictCode = employerDistrict,
        level = 2,
        registrationNumber,
    };

    /// <summary>A level-1 registration of a new person in the registry, valid for the given days from today.</summary>
    private Task<string> RegisterLevel1Async(string idNumber, string name, string district, int validForDays) =>
        RegistryRecords.RegisterAsync(_factory, idNumber, name, MetrologistLevel.Level1, district, 2021, validForDays);

    /// <summary>A qualification certificate of a new person as the registry records it.</summary>
    private Task<string> RecordQualificationAsync(string idNumber, string name, MetrologistLevel level) =>
        _factory.DatabaseAsync(async db =>
        {
            var person = new Person { Id = $"four-eyes-{idNumber}", Name = name, IdNumber = idNumber };
            var number = $"ZG-FOUR-EYES-{idNumber[14..17]}";
            db.Persons.Add(person);
            db.QualificationCertificates.Add(new QualificationCertificate
            {
                Id = $"four-eyes-{number}", Number = number, PersonId = person.Id, Level = level, IssuedOn = new DateOnly(2020, 6, 1), Issuer = "人力资源和社会保障部",
            });
            await db.SaveChangesAsync();
            return number;
        });

    private static Dictionary<string, object?> WithQualification(object form, string qualification)
    {
        var fields = form.GetType().GetProperties().ToDictionary(p => p.Name, p => p.GetValue(form));
        fields["qualificationCertificateNumber"] = qualification;
        return fields;
    }
}

public sealed class SqliteFourEyesTests(MetrologyApiFactory factory) : FourEyesTests<MetrologyApiFactory>(factory);

public sealed class PostgreSqlFourEyesTests(PostgreSqlMetrologyApiFactory factory) : FourEyesTests<PostgreSqlMetrologyApiFactory>(factory);
