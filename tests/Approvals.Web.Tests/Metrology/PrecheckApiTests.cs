using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Approvals.Core.Registry;
using Approvals.Web.Tests.Support;

namespace Approvals.Web.Tests.Metrology;

/// <summary>
/// <c>POST /api/applications/precheck</c>: what the automatic check would find if the form were submitted now, with
/// the same code and the same registry facts as the DocumentCheck step, and nothing saved.
/// </summary>
public sealed class PrecheckApiTests(MetrologyApiFactory factory) : IClassFixture<MetrologyApiFactory>, IAsyncLifetime
{
    private const string Qingpu = "310118";
    private const string Wujiang = "320509";
    private readonly Cases _cases = new(factory);

    public Task InitializeAsync() => factory.SeedRegistryAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_complete_form_with_its_documents_has_no_findings_and_saves_nothing_new()
    {
        var (client, id) = await _cases.DraftAsync(TestUser.Applicant("precheck-clean"),
            Cases.InitialRegistration(People.NewIdNumber(), Qingpu, 2, Qingpu, "JL-PRE-1"), Cases.InitialDocuments);
        var form = (await client.GetJsonAsync($"/api/applications/{id}"))["form"]!;

        var answer = await client.PostJsonAsync($"/api/applications/precheck?applicationId={id}", form);

        Assert.Empty(answer["findings"]!.AsArray());
        Assert.True(answer["complete"]!.GetValue<bool>());
        Assert.Equal("Draft", Cases.Status(await client.GetJsonAsync($"/api/applications/{id}")));
    }

    [Fact]
    public async Task A_wrong_check_digit_of_the_ID_number_is_a_correctable_finding_on_the_ID_field_in_both_languages()
    {
        var idNumber = People.NewIdNumber();
        var wrong = idNumber[..17] + (idNumber[17] == '0' ? '1' : '0');

        var finding = await SingleFindingAsync("precheck-id", With(Cases.InitialRegistration(wrong, Qingpu, 2, Qingpu, "JL-PRE-2"), "idNumber", wrong), "IdNumber.CheckCharacter");

        Assert.Equal("idNumber", finding["field"].Str());
        Assert.True(finding["isCorrectable"]!.GetValue<bool>());
        Assert.Contains("校验码", finding["message"]!["zhCn"].Str());
        Assert.Contains("check character", finding["message"]!["en"].Str());
    }

    [Fact]
    public async Task An_employer_code_that_is_not_an_enterprises_is_a_finding_on_the_credit_code()
    {
        var form = With(Cases.InitialRegistration(People.NewIdNumber(), Qingpu, 2, Qingpu, "JL-PRE-3"), "employerCreditCode", CreditCode("12", Qingpu));

        var finding = await SingleFindingAsync("precheck-enterprise", form, "Employer.NotEnterprise");

        Assert.Equal("employerCreditCode", finding["field"].Str());
    }

    [Fact]
    public async Task An_employer_code_registered_in_another_district_than_the_declared_one_is_a_finding_on_the_credit_code()
    {
        var form = With(Cases.InitialRegistration(People.NewIdNumber(), Qingpu, 2, Qingpu, "JL-PRE-4"), "employerCreditCode", People.CreditCode(Wujiang));

        var finding = await SingleFindingAsync("precheck-division", form, "Employer.DivisionMismatch");

        Assert.Equal("employerCreditCode", finding["field"].Str());
        Assert.True(finding["isCorrectable"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Each_missing_document_of_the_type_is_a_finding_naming_the_document()
    {
        var (client, id) = await _cases.DraftAsync(TestUser.Applicant("precheck-documents"),
            Cases.InitialRegistration(People.NewIdNumber(), Qingpu, 2, Qingpu, "JL-PRE-5"), [.. Cases.InitialDocuments.Where(d => d is not ("Photo" or "IdCard"))]);
        var form = (await client.GetJsonAsync($"/api/applications/{id}"))["form"]!;

        var answer = await client.PostJsonAsync($"/api/applications/precheck?applicationId={id}", form);

        var missing = answer["findings"]!.AsArray().Where(f => f!["code"].Str() == "Document.Missing").Select(f => f!["document"].Str()).Order().ToList();
        Assert.Equal(["IdCard", "Photo"], missing);
    }

    [Fact]
    public async Task Someone_already_registered_is_told_before_submitting_that_the_case_would_be_refused_to_accept()
    {
        var idNumber = People.NewIdNumber();
        await RegistryRecords.RegisterAsync(factory, idNumber, "钱程", MetrologistLevel.Level2, Qingpu, 2022, validForDays: 600);

        var answer = await PrecheckAsync("precheck-registered", Cases.InitialRegistration(idNumber, Qingpu, 2, Qingpu, "JL-PRE-6", name: "钱程"));

        var finding = Assert.Single(answer["findings"]!.AsArray(), f => f!["code"].Str() == "Registration.Duplicate")!;
        Assert.False(finding["isCorrectable"]!.GetValue<bool>());
        Assert.True(answer["wouldBeRefused"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_case_already_pending_for_the_same_person_and_type_is_a_not_correctable_finding_but_the_draft_itself_is_not()
    {
        var idNumber = People.NewIdNumber();
        var form = Cases.InitialRegistration(idNumber, Qingpu, 2, Qingpu, "JL-PRE-7");
        await _cases.SubmitAsync(TestUser.Applicant("precheck-pending"), form, Cases.InitialDocuments);
        var (client, draft) = await _cases.DraftAsync(TestUser.Applicant("precheck-pending"), form, Cases.InitialDocuments);

        var again = await client.PostJsonAsync($"/api/applications/precheck?applicationId={draft}", form);

        var finding = Assert.Single(again["findings"]!.AsArray(), f => f!["code"].Str() == "Application.Duplicate")!;
        Assert.False(finding["isCorrectable"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_level_that_differs_from_the_recorded_qualification_certificate_is_a_finding_on_the_level()
    {
        var idNumber = People.NewIdNumber();
        var qualification = await RecordQualificationAsync(idNumber, MetrologistLevel.Level1);
        var form = With(Cases.InitialRegistration(idNumber, Qingpu, 2, Qingpu, "JL-PRE-8"), "qualificationCertificateNumber", qualification);

        var finding = await SingleFindingAsync("precheck-level", form, "Qualification.LevelDiffers");

        Assert.Equal("level", finding["field"].Str());
    }

    [Fact]
    public async Task A_form_that_cannot_be_saved_answers_with_its_field_problems_as_findings()
    {
        var answer = await PrecheckAsync("precheck-shape", new { level = 3 });

        Assert.Equal(["level", "type"], answer["findings"]!.AsArray().Select(f => f!["field"].Str()).Order());
    }

    [Fact]
    public async Task Malformed_JSON_is_a_bad_request_with_problem_details()
    {
        var client = factory.ClientFor(TestUser.Applicant("precheck-json"));

        var response = await client.PostAsync("/api/applications/precheck", new StringContent("{\"type\": ", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Without_signing_in_the_precheck_answers_401()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/applications/precheck", Cases.InitialRegistration(People.NewIdNumber(), Qingpu, 2, Qingpu, "JL-PRE-9"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Another_applicants_draft_reads_as_not_found()
    {
        var (_, id) = await _cases.DraftAsync(TestUser.Applicant("precheck-owner"), Cases.InitialRegistration(People.NewIdNumber(), Qingpu, 2, Qingpu, "JL-PRE-10"));

        var response = await factory.ClientFor(TestUser.Applicant("precheck-stranger")).PostAsJsonAsync($"/api/applications/precheck?applicationId={id}", new { });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("correctable")]
    [InlineData("not-correctable")]
    public async Task The_precheck_finds_exactly_what_the_DocumentCheck_step_then_finds_on_submission(string kind)
    {
        var idNumber = People.NewIdNumber();
        var applicant = TestUser.Applicant($"precheck-agree-{kind}");
        var form = With(Cases.InitialRegistration(idNumber, Qingpu, 2, Qingpu, $"JL-PRE-AGREE-{kind}"), "employerCreditCode", People.CreditCode(Wujiang));
        if (kind == "not-correctable")
            await RegistryRecords.RegisterAsync(factory, idNumber, "赵敏", MetrologistLevel.Level2, Qingpu, 2023, validForDays: 600);
        var (client, id) = await _cases.DraftAsync(applicant, form, [.. Cases.InitialDocuments.Where(d => d != "Photo")]);

        var before = await client.PostJsonAsync($"/api/applications/precheck?applicationId={id}", form);
        var submitted = await client.PostJsonAsync($"/api/applications/{id}/submit", null);

        Assert.Equal(kind == "correctable" ? "AwaitingCorrections" : "NotAccepted", Cases.Status(submitted));
        Assert.Equal(Describe(submitted["findings"]!), Describe(before["findings"]!));
        Assert.Contains("Document.Missing", Cases.FindingCodes(submitted));
    }

    private async Task<JsonNode> PrecheckAsync(string applicant, object form) =>
        await factory.ClientFor(TestUser.Applicant(applicant)).PostJsonAsync("/api/applications/precheck", form);

    private async Task<JsonNode> SingleFindingAsync(string applicant, object form, string code) =>
        Assert.Single((await PrecheckAsync(applicant, form))["findings"]!.AsArray(), f => f!["code"].Str() == code)!;

    /// <summary>Findings as one line each (code, field, document, correctability, message), in order, to compare two lists.</summary>
    internal static List<string> Describe(JsonNode findings) =>
        [.. findings.AsArray().Select(f => $"{f!["code"].Str()}|{f["field"]?.ToString()}|{f["document"]?.ToString()}|{f["isCorrectable"]}|{f["message"]!["zhCn"].Str()}").Order()];

    private static Dictionary<string, object?> With(object form, string field, object? value)
    {
        var fields = form.GetType().GetProperties().ToDictionary(p => p.Name, p => p.GetValue(form));
        fields[field] = value;
        return fields;
    }

    private static string CreditCode(string authorityAndType, string district)
    {
        var first17 = $"{authorityAndType}{district}MA1TEHT00";
        return first17 + Approvals.Core.Checks.UnifiedSocialCreditCode.ExpectedCheckCharacter(first17);
    }

    private Task<string> RecordQualificationAsync(string idNumber, MetrologistLevel level) =>
        factory.DatabaseAsync(async db =>
        {
            var person = new Person { Id = $"precheck-{idNumber}", Name = "赵敏", IdNumber = idNumber };
            var number = $"ZG-PRECHECK-{idNumber[14..17]}";
            db.Persons.Add(person);
            db.QualificationCertificates.Add(new QualificationCertificate
            {
                Id = $"precheck-{number}", Number = number, PersonId = person.Id, Level = level, IssuedOn = new DateOnly(2020, 6, 1), Issuer = "人力资源和社会保障部",
            });
            await db.SaveChangesAsync();
            return number;
        });
}
