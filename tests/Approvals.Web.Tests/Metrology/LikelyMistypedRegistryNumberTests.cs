using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Approvals.Core.Registry;
using Approvals.Web.Tests.Support;

namespace Approvals.Web.Tests.Metrology;

/// <summary>
/// Every number an applicant types gets the same hint as a project certificate's: the registration number a renewal,
/// registration recognition, change or cancellation names, and the qualification certificate number of an initial
/// registration. When the registry holds none under that number but one of the applicant's own a keystroke or two away,
/// the automatic check asks them to check it (correctable, before acceptance), never saying the number held; asked once.
/// </summary>
public abstract class LikelyMistypedRegistryNumberTests<TFactory> : IClassFixture<TFactory>, IAsyncLifetime
    where TFactory : MetrologyApiFactory
{
    private const string Qingpu = "310118";
    private const string Wujiang = "320509";
    private const string RegistrationHint = "Registration.NumberLikelyMistyped";
    private const string QualificationHint = "Qualification.NumberLikelyMistyped";

    private readonly TFactory _factory;
    private readonly Cases _cases;

    protected LikelyMistypedRegistryNumberTests(TFactory factory)
    {
        _factory = factory;
        _cases = new Cases(factory);
    }

    public Task InitializeAsync() => _factory.SeedRegistryAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>A registration of the applicant, how they file about it, and the documents that need.</summary>
    private sealed record Filing(string Type, string RegisteredIn, int Year, int ValidForDays, string[] Documents)
    {
        public Dictionary<string, object?> Form(string idNumber, string name, string registrationNumber) => Type switch
        {
            "Cancellation" => new() { ["type"] = Type, ["personName"] = name, ["idNumber"] = idNumber, ["registrationNumber"] = registrationNumber, ["reason"] = "本人已退休，申请注销注册。" },
            _ => new()
            {
                ["type"] = Type, ["personName"] = name, ["idNumber"] = idNumber, ["registrationNumber"] = registrationNumber,
                ["employerName"] = "示范区近号测试有限公司", ["employerCreditCode"] = People.CreditCode(Qingpu), ["employerDistrictCode"] = Qingpu,
            },
        };
    }

    private static Filing Of(string type) => type switch
    {
        "Renewal" => new(type, Qingpu, 2013, 30, Cases.RenewalDocuments),
        "RegistrationRecognition" => new(type, Wujiang, 2014, 900, ["RegistrationCertificate", "EmploymentContract"]),
        "Change" => new(type, Qingpu, 2015, 900, ["ApplicationForm", "EmploymentProof"]),
        "Cancellation" => new(type, Qingpu, 2016, 900, ["ApplicationForm"]),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>The year's two last digits swapped: a keystroke away, well formed, and nobody's registration.</summary>
    private static string Mistyped(string number, int year) =>
        number.Replace($"-{year}-", $"-{year / 100}{year % 10}{year / 10 % 10}-", StringComparison.Ordinal);

    [SkippableTheory]
    [InlineData("Renewal")]
    [InlineData("RegistrationRecognition")]
    [InlineData("Change")]
    public async Task A_registration_number_a_keystroke_from_the_applicants_own_is_a_correctable_hint_that_does_not_name_the_number_held(string type)
    {
        var filing = Of(type);
        var idNumber = People.NewIdNumber();
        var number = await RegistryRecords.RegisterAsync(_factory, idNumber, "冯近", MetrologistLevel.Level2, filing.RegisteredIn, filing.Year, filing.ValidForDays);
        var typed = Mistyped(number, filing.Year);

        var (client, id, submitted) = await _cases.SubmitAsync(TestUser.Applicant($"near-{type}"), filing.Form(idNumber, "冯近", typed), filing.Documents);

        Assert.Equal("AwaitingCorrections", Cases.Status(submitted));
        var finding = Assert.Single(submitted["findings"]!.AsArray())!;
        Assert.Equal((RegistrationHint, "registrationNumber"), (finding["code"].Str(), finding["field"].Str()));
        Assert.True(finding["isCorrectable"]!.GetValue<bool>());
        Assert.Contains(typed, finding["message"]!["zhCn"].Str(), StringComparison.Ordinal);
        Assert.Contains("may be mistyped", finding["message"]!["en"].Str(), StringComparison.Ordinal);
        Assert.DoesNotContain(number, finding.ToJsonString(), StringComparison.Ordinal);

        var corrected = await ResubmitAsync(client, id, filing.Form(idNumber, "冯近", number));

        Assert.NotEqual("AwaitingCorrections", Cases.Status(corrected));
        Assert.Empty(corrected["findings"]!.AsArray());
        Assert.Contains("Accepted", Cases.Timeline(corrected));
    }

    /// <summary>
    /// A holder's cancellation names no employer: only the registry can say which district decides it, so a number it
    /// does not hold cannot be submitted at all. The refusal gives the same hint, and the right number goes through.
    /// </summary>
    [SkippableFact]
    public async Task A_cancellation_naming_a_number_a_keystroke_from_the_holders_own_is_refused_with_the_hint_and_goes_through_once_corrected()
    {
        var filing = Of("Cancellation");
        var idNumber = People.NewIdNumber();
        var number = await RegistryRecords.RegisterAsync(_factory, idNumber, "冯销", MetrologistLevel.Level2, filing.RegisteredIn, filing.Year, filing.ValidForDays);
        var typed = Mistyped(number, filing.Year);
        var (client, id) = await _cases.DraftAsync(TestUser.Applicant("near-cancellation"), filing.Form(idNumber, "冯销", typed), filing.Documents);

        var refused = await client.PostJsonAsync($"/api/applications/{id}/submit", null, System.Net.HttpStatusCode.BadRequest);

        var message = refused["errors"]!["registrationNumber"]![0].Str();
        Assert.Contains(typed, message, StringComparison.Ordinal);
        Assert.Contains("可能有误", message, StringComparison.Ordinal);
        Assert.DoesNotContain(number, refused.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("Draft", Cases.Status(await client.GetJsonAsync($"/api/applications/{id}")));

        var corrected = await ResubmitAsync(client, id, filing.Form(idNumber, "冯销", number));

        Assert.Empty(corrected["findings"]!.AsArray());
        Assert.Contains("Accepted", Cases.Timeline(corrected));
    }

    [SkippableFact]
    public async Task The_same_registration_number_sent_again_after_the_hint_gets_the_plain_not_found_finding()
    {
        var filing = Of("Renewal");
        var idNumber = People.NewIdNumber();
        var number = await RegistryRecords.RegisterAsync(_factory, idNumber, "冯再", MetrologistLevel.Level2, Qingpu, 2012, 30);
        var typed = Mistyped(number, 2012);
        var (client, id, submitted) = await _cases.SubmitAsync(TestUser.Applicant("near-insisting-renewal"), filing.Form(idNumber, "冯再", typed), filing.Documents);
        Assert.Equal([RegistrationHint], Cases.FindingCodes(submitted));

        var insisted = await ResubmitAsync(client, id, filing.Form(idNumber, "冯再", typed));

        Assert.Equal("AwaitingCorrections", Cases.Status(insisted));
        Assert.Equal(["Renewal.NotFound"], Cases.FindingCodes(insisted));
    }

    [SkippableFact]
    public async Task A_registration_number_with_a_digit_left_out_is_a_hint_rather_than_a_format_error()
    {
        var filing = Of("Change");
        var idNumber = People.NewIdNumber();
        var number = await RegistryRecords.RegisterAsync(_factory, idNumber, "冯漏", MetrologistLevel.Level2, Qingpu, 2011, 900);

        var (_, _, submitted) = await _cases.SubmitAsync(TestUser.Applicant("near-short-change"), filing.Form(idNumber, "冯漏", number[..^1]), filing.Documents);

        Assert.Equal([RegistrationHint], Cases.FindingCodes(submitted));
    }

    [SkippableFact]
    public async Task A_registration_number_near_another_persons_gives_no_hint()
    {
        var filing = Of("Renewal");
        var number = await RegistryRecords.RegisterAsync(_factory, People.NewIdNumber(), "冯他", MetrologistLevel.Level2, Qingpu, 2010, 30);

        var (_, _, submitted) = await _cases.SubmitAsync(TestUser.Applicant("near-stranger-renewal"), filing.Form(People.NewIdNumber(), "冯他", Mistyped(number, 2010)), filing.Documents);

        Assert.Equal(["Renewal.NotFound"], Cases.FindingCodes(submitted));
        Assert.DoesNotContain(number, submitted["findings"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_qualification_number_a_keystroke_from_the_applicants_own_is_a_hint_once_and_then_goes_on_unchanged()
    {
        var idNumber = People.NewIdNumber();
        var held = await HoldsQualificationAsync(idNumber);
        var typed = held[..^2] + "97";

        var (client, id, submitted) = await _cases.SubmitAsync(TestUser.Applicant("near-qualification"), Initial(idNumber, typed), Cases.InitialDocuments);

        Assert.Equal("AwaitingCorrections", Cases.Status(submitted));
        var finding = Assert.Single(submitted["findings"]!.AsArray())!;
        Assert.Equal((QualificationHint, "qualificationCertificateNumber"), (finding["code"].Str(), finding["field"].Str()));
        Assert.Contains(typed, finding["message"]!["zhCn"].Str(), StringComparison.Ordinal);
        Assert.DoesNotContain(held, finding.ToJsonString(), StringComparison.Ordinal);

        var insisted = await ResubmitAsync(client, id, Initial(idNumber, typed));

        Assert.NotEqual("AwaitingCorrections", Cases.Status(insisted));
        Assert.DoesNotContain(QualificationHint, Cases.FindingCodes(insisted));
    }

    private static JsonObject Initial(string idNumber, string qualification)
    {
        var form = System.Text.Json.JsonSerializer.SerializeToNode(Cases.InitialRegistration(idNumber, Qingpu, 2, Qingpu, "JL-NEAR-0" + Random.Shared.Next(200, 999), name: "冯资"))!.AsObject();
        form["qualificationCertificateNumber"] = qualification;
        return form;
    }

    private static async Task<JsonNode> ResubmitAsync(HttpClient client, string id, object form)
    {
        (await client.PutAsJsonAsync($"/api/applications/{id}", form)).EnsureSuccessStatusCode();
        return await client.PostJsonAsync($"/api/applications/{id}/submit", null);
    }

    private Task<string> HoldsQualificationAsync(string idNumber) => _factory.DatabaseAsync(async db =>
    {
        var person = new Person { Id = $"near-qualified-{idNumber}", Name = "冯资", IdNumber = idNumber };
        var number = $"ZG-NEAR-{idNumber[14..17]}-79";
        db.Persons.Add(person);
        db.QualificationCertificates.Add(new QualificationCertificate
        {
            Id = $"near-{number}-{idNumber}", Number = number, PersonId = person.Id, Level = MetrologistLevel.Level2, IssuedOn = new DateOnly(2020, 6, 1), Issuer = "人力资源和社会保障部",
        });
        await db.SaveChangesAsync();
        return number;
    });
}

public sealed class SqliteLikelyMistypedRegistryNumberTests(MetrologyApiFactory factory) : LikelyMistypedRegistryNumberTests<MetrologyApiFactory>(factory);

public sealed class PostgreSqlLikelyMistypedRegistryNumberTests(PostgreSqlMetrologyApiFactory factory) : LikelyMistypedRegistryNumberTests<PostgreSqlMetrologyApiFactory>(factory);
