using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Approvals.Core.Registry;
using Approvals.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Web.Tests.Metrology;

/// <summary>
/// 注册互认 end to end through the API: the applicant names a registration (number and holder's name); its level,
/// district, expiry and status come from the shared registry. Only registrations (R1/R2) of another district that
/// are in force can be recognised.
/// </summary>
public abstract class RegistrationRecognitionTests<TFactory> : IClassFixture<TFactory>, IAsyncLifetime
    where TFactory : MetrologyApiFactory
{
    private const string Qingpu = "310118";
    private const string Wujiang = "320509";
    private static readonly string[] Documents = ["RegistrationCertificate", "EmploymentContract"];

    private readonly TFactory _factory;
    private readonly Cases _cases;

    protected RegistrationRecognitionTests(TFactory factory)
    {
        _factory = factory;
        _cases = new Cases(factory);
    }

    public Task InitializeAsync() => _factory.SeedRegistryAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [SkippableFact]
    public async Task A_level_2_registration_from_Wujiang_named_without_a_level_is_recognised_in_Qingpu_as_M2_after_one_approval()
    {
        var idNumber = People.NewIdNumber();
        var number = await RegisterAsync(idNumber, "何静", MetrologistLevel.Level2, Wujiang);

        var (client, id, submitted) = await _cases.SubmitAsync(TestUser.Applicant("recognise-level2"), Recognition("何静", idNumber, Qingpu, number), Documents);

        Assert.Equal("InReview", Cases.Status(submitted));
        Assert.Empty(Cases.FindingCodes(submitted));
        (await _cases.DecideAsync(TestUser.Reviewer("qp-recognise-reviewer", Qingpu), id, "review", "Approve")).EnsureSuccessStatusCode();
        var decided = await _cases.GetAsync(client, id);
        Assert.Equal("Approved", Cases.Status(decided));
        var issued = decided["summary"]!["issuedNumber"].Str();
        Assert.StartsWith($"CSJ-M2-{Qingpu}-", issued);
        var recognition = await _factory.DatabaseAsync(db => db.Recognitions.AsNoTracking().SingleAsync(r => r.Number == issued));
        Assert.Equal((number, Wujiang, Qingpu, MetrologistLevel.Level2), (recognition.RecognisedNumber, recognition.OriginDistrictCode, recognition.DistrictCode, recognition.Level));
    }

    [SkippableTheory]
    [InlineData(RegistryRecordKind.RegistrationRecognition, "互认编号", "a recognition")]
    [InlineData(RegistryRecordKind.CertificateRecognition, "证书互认编号", "a certificate recognition")]
    public async Task Only_a_registration_can_be_recognised_not_what_the_registry_holds_as_a_recognition_or_a_certificate_recognition(RegistryRecordKind kind, string zhCn, string en)
    {
        var idNumber = People.NewIdNumber();
        var registered = await RegisterAsync(idNumber, "曹阳", MetrologistLevel.Level2, Wujiang);
        // The number is opaque: only the registry knows it is a recognition's.
        var number = $"苏互认{(int)kind}-{idNumber[^4..]}";
        await _factory.DatabaseAsync(async db =>
        {
            db.Recognitions.Add(new Recognition
            {
                Id = $"recognition-{number}", Number = number, Kind = kind, Level = kind == RegistryRecordKind.CertificateRecognition ? null : MetrologistLevel.Level2,
                PersonId = $"registered-{idNumber}", RecognisedNumber = registered, OriginDistrictCode = Wujiang, DistrictCode = "330421",
                ValidFrom = new DateOnly(2025, 1, 1), ValidTo = new DateOnly(2029, 12, 31), Status = RegistrationStatus.Active, IssuedAt = DateTimeOffset.UtcNow,
            });
            return await db.SaveChangesAsync();
        });

        var (_, _, submitted) = await _cases.SubmitAsync(TestUser.Applicant("recognise-not-registration"), Recognition("曹阳", idNumber, Qingpu, number), Documents);

        Assert.NotEqual("InReview", Cases.Status(submitted));
        var finding = Assert.Single(submitted["findings"]!.AsArray(), f => f!["code"].Str() == "Recognition.NotARegistration")!;
        Assert.Equal("registrationNumber", finding["field"].Str());
        Assert.Contains(zhCn, finding["message"]!["zhCn"].Str(), StringComparison.Ordinal);
        Assert.Contains("只有注册（R1/R2）可以互认", finding["message"]!["zhCn"].Str(), StringComparison.Ordinal);
        Assert.Contains(en, finding["message"]!["en"].Str(), StringComparison.Ordinal);
        Assert.Contains("Only a registration (R1/R2) can be recognised", finding["message"]!["en"].Str(), StringComparison.Ordinal);
        Assert.False(await _factory.DatabaseAsync(db => db.Recognitions.AnyAsync(r => r.RecognisedNumber == number)));
    }

    [SkippableFact]
    public async Task A_typed_level_is_refused_because_the_registry_gives_it()
    {
        var idNumber = People.NewIdNumber();
        var number = await RegisterAsync(idNumber, "彭丽", MetrologistLevel.Level1, Wujiang);
        var client = _factory.ClientFor(TestUser.Applicant("recognise-typed-level"));
        var form = WithLevel(Recognition("彭丽", idNumber, Qingpu, number), 2);

        var chinese = await (await client.PostAsJsonAsync("/api/applications", form)).ReadAsync(HttpStatusCode.BadRequest);
        var english = await (await client.SendAsync(InEnglish(HttpMethod.Post, "/api/applications", form))).ReadAsync(HttpStatusCode.BadRequest);

        Assert.Contains("取自注册库", FieldError(chinese, "level"), StringComparison.Ordinal);
        Assert.Contains("comes from the registry", FieldError(english, "level"), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_number_the_registry_does_not_hold_is_sent_back_naming_the_registration_number_and_the_corrected_case_goes_on()
    {
        var idNumber = People.NewIdNumber();
        var number = await RegisterAsync(idNumber, "苏婷", MetrologistLevel.Level2, Wujiang);
        // Nothing like any of the applicant's own numbers (a near one gets the typo hint, LikelyMistypedRegistryNumberTests).
        var typo = $"CSJ-R2-{Wujiang}-2008-123456";

        var (client, id, submitted) = await _cases.SubmitAsync(TestUser.Applicant("recognise-unknown"), Recognition("苏婷", idNumber, Qingpu, typo), Documents);

        Assert.Equal("AwaitingCorrections", Cases.Status(submitted));
        var finding = Assert.Single(submitted["findings"]!.AsArray())!;
        Assert.Equal(("Recognition.NotFound", "registrationNumber"), (finding["code"].Str(), finding["field"].Str()));
        Assert.Contains(typo, finding["message"]!["zhCn"].Str(), StringComparison.Ordinal);
        Assert.Contains(typo, finding["message"]!["en"].Str(), StringComparison.Ordinal);

        (await client.PutAsJsonAsync($"/api/applications/{id}", Recognition("苏婷", idNumber, Qingpu, number))).EnsureSuccessStatusCode();
        var resubmitted = await client.PostJsonAsync($"/api/applications/{id}/submit", null);
        Assert.Equal("InReview", Cases.Status(resubmitted));
    }

    [SkippableFact]
    public async Task A_holder_name_that_is_not_the_registrations_is_a_finding_on_the_name()
    {
        var idNumber = People.NewIdNumber();
        var number = await RegisterAsync(idNumber, "袁媛", MetrologistLevel.Level2, Wujiang);

        var (_, _, submitted) = await _cases.SubmitAsync(TestUser.Applicant("recognise-wrong-name"), Recognition("袁圆", idNumber, Qingpu, number), Documents);

        Assert.Equal("AwaitingCorrections", Cases.Status(submitted));
        var finding = Assert.Single(submitted["findings"]!.AsArray())!;
        Assert.Equal(("Recognition.HolderDiffers", "personName"), (finding["code"].Str(), finding["field"].Str()));
    }

    [SkippableTheory]
    [InlineData(RegistrationStatus.Active, -1, "已过期")]
    [InlineData(RegistrationStatus.Cancelled, 300, "已注销")]
    [InlineData(RegistrationStatus.Revoked, 300, "已撤销")]
    public async Task A_registration_that_is_not_in_force_is_not_accepted_for_recognition(RegistrationStatus status, int validForDays, string zhCn)
    {
        var idNumber = People.NewIdNumber();
        var number = await RegisterAsync(idNumber, "谢楠", MetrologistLevel.Level2, Wujiang, status, validForDays);

        var (_, _, submitted) = await _cases.SubmitAsync(TestUser.Applicant("recognise-not-in-force"), Recognition("谢楠", idNumber, Qingpu, number), Documents);

        Assert.Equal("NotAccepted", Cases.Status(submitted));
        var finding = Assert.Single(submitted["findings"]!.AsArray())!;
        Assert.Equal(("Recognition.NotInForce", "registrationNumber"), (finding["code"].Str(), finding["field"].Str()));
        Assert.Contains(zhCn, finding["message"]!["zhCn"].Str(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_registration_from_the_district_that_issued_it_is_not_accepted_for_recognition()
    {
        var idNumber = People.NewIdNumber();
        var number = await RegisterAsync(idNumber, "雷鸣", MetrologistLevel.Level2, Wujiang);

        var (_, _, submitted) = await _cases.SubmitAsync(TestUser.Applicant("recognise-same-district"), Recognition("雷鸣", idNumber, Wujiang, number), Documents);

        Assert.Equal("NotAccepted", Cases.Status(submitted));
        var finding = Assert.Single(submitted["findings"]!.AsArray())!;
        Assert.Equal(("Recognition.SameDistrict", "registrationNumber"), (finding["code"].Str(), finding["field"].Str()));
    }

    private static Dictionary<string, object?> Recognition(string name, string idNumber, string employerDistrict, string registrationNumber) => new()
    {
        ["type"] = "RegistrationRecognition",
        ["personName"] = name,
        ["idNumber"] = idNumber,
        ["employerName"] = "示范区注册互认测试有限公司",
        ["employerCreditCode"] = People.CreditCode(employerDistrict),
        ["employerDistrictCode"] = employerDistrict,
        ["registrationNumber"] = registrationNumber,
    };

    private static Dictionary<string, object?> WithLevel(Dictionary<string, object?> form, int level) => new(form) { ["level"] = level };

    private static HttpRequestMessage InEnglish(HttpMethod method, string url, object body)
    {
        var request = new HttpRequestMessage(method, url) { Content = JsonContent.Create(body) };
        request.Headers.AcceptLanguage.ParseAdd("en");
        return request;
    }

    private static string FieldError(JsonNode problem, string field) => problem["errors"]![field]![0]!.GetValue<string>();

    /// <summary>A registration of a new person in the registry, ending the given days from today.</summary>
    private Task<string> RegisterAsync(string idNumber, string name, MetrologistLevel level, string district, RegistrationStatus status = RegistrationStatus.Active, int validForDays = 900) =>
        RegistryRecords.RegisterAsync(_factory, idNumber, name, level, district, 2022, validForDays, status);
}

public sealed class SqliteRegistrationRecognitionTests(MetrologyApiFactory factory) : RegistrationRecognitionTests<MetrologyApiFactory>(factory);

public sealed class PostgreSqlRegistrationRecognitionTests(PostgreSqlMetrologyApiFactory factory) : RegistrationRecognitionTests<PostgreSqlMetrologyApiFactory>(factory);
