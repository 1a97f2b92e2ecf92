using System.Net;
using Approvals.Core.Checks;
using Approvals.Web.Tests.Support;

namespace Approvals.Web.Tests.Metrology;

/// <summary>
/// <c>POST /api/applications/{id}/check</c>: what the automatic check would find if the saved draft were submitted now,
/// read as the DocumentCheck step reads it — so the applicant is told beforehand exactly what submission will find.
/// </summary>
public sealed class DraftCheckApiTests(MetrologyApiFactory factory) : IClassFixture<MetrologyApiFactory>, IAsyncLifetime
{
    private const string Qingpu = "310118";
    private readonly Cases _cases = new(factory);

    public Task InitializeAsync() => factory.SeedRegistryAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("wrong-id-check-digit", "IdNumber.CheckCharacter", "idNumber", true)]
    [InlineData("wrong-credit-code-check-character", "CreditCode.CheckCharacter", "employerCreditCode", true)]
    [InlineData("missing-photo", "Document.Missing", null, true)]
    [InlineData("already-pending", "Application.Duplicate", "type", false)]
    public async Task The_check_of_a_draft_names_the_field_to_fix_and_finds_what_submission_then_finds(string draft, string code, string? field, bool correctable)
    {
        var idNumber = People.NewIdNumber();
        var applicant = TestUser.Applicant($"draft-check-{draft}");
        var form = Form(draft, idNumber);
        if (draft == "already-pending")
            await _cases.SubmitAsync(applicant, form, Cases.InitialDocuments);
        var (client, id) = await _cases.DraftAsync(applicant, form, [.. Cases.InitialDocuments.Where(d => draft != "missing-photo" || d != "Photo")]);

        var before = await client.PostJsonAsync($"/api/applications/{id}/check", null);
        var submitted = await client.PostJsonAsync($"/api/applications/{id}/submit", null);

        var finding = Assert.Single(before["findings"]!.AsArray(), f => f!["code"].Str() == code)!;
        Assert.Equal(field, finding["field"]?.GetValue<string>());
        Assert.Equal(correctable, finding["isCorrectable"]!.GetValue<bool>());
        if (code == "Document.Missing")
            Assert.Equal("Photo", finding["document"].Str());
        Assert.Equal(PrecheckApiTests.Describe(submitted["findings"]!), PrecheckApiTests.Describe(before["findings"]!));
        Assert.Equal(correctable ? "AwaitingCorrections" : "NotAccepted", Cases.Status(submitted));
    }

    [Fact]
    public async Task A_complete_draft_has_no_findings_and_is_accepted_when_submitted()
    {
        var (client, id) = await _cases.DraftAsync(TestUser.Applicant("draft-check-clean"),
            Cases.InitialRegistration(People.NewIdNumber(), Qingpu, 2, Qingpu, "JL-CHK-CLEAN"), Cases.InitialDocuments);

        var before = await client.PostJsonAsync($"/api/applications/{id}/check", null);

        Assert.Empty(before["findings"]!.AsArray());
        Assert.True(before["complete"]!.GetValue<bool>());
        Assert.Equal("Draft", Cases.Status(await _cases.GetAsync(client, id)));
        var submitted = await client.PostJsonAsync($"/api/applications/{id}/submit", null);
        Assert.Empty(Cases.FindingCodes(submitted));
        Assert.DoesNotContain(Cases.Status(submitted), new[] { "AwaitingCorrections", "NotAccepted", "Draft" });
    }

    [Fact]
    public async Task Findings_say_in_both_languages_what_is_wrong()
    {
        var (client, id) = await _cases.DraftAsync(TestUser.Applicant("draft-check-languages"), Form("wrong-id-check-digit", People.NewIdNumber()), Cases.InitialDocuments);

        var finding = Assert.Single((await client.PostJsonAsync($"/api/applications/{id}/check", null))["findings"]!.AsArray())!;

        Assert.Contains("校验码", finding["message"]!["zhCn"].Str());
        Assert.Contains("check character", finding["message"]!["en"].Str());
    }

    [Fact]
    public async Task Another_applicants_draft_reads_as_not_found()
    {
        var (_, id) = await _cases.DraftAsync(TestUser.Applicant("draft-check-owner"), Cases.InitialRegistration(People.NewIdNumber(), Qingpu, 2, Qingpu, "JL-CHK-OWNER"));

        var response = await factory.ClientFor(TestUser.Applicant("draft-check-stranger")).PostAsync($"/api/applications/{id}/check", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_case_already_submitted_is_not_checked_again_as_a_draft()
    {
        var (client, id, _) = await _cases.SubmitAsync(TestUser.Applicant("draft-check-submitted"),
            Cases.InitialRegistration(People.NewIdNumber(), Qingpu, 2, Qingpu, "JL-CHK-SUBMITTED"), Cases.InitialDocuments);

        var response = await client.PostAsync($"/api/applications/{id}/check", null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    private static Dictionary<string, object?> Form(string draft, string idNumber)
    {
        var form = Cases.InitialRegistration(idNumber, Qingpu, 2, Qingpu, $"JL-CHK-{draft}");
        var fields = form.GetType().GetProperties().ToDictionary(p => p.Name, p => p.GetValue(form));
        if (draft == "wrong-id-check-digit")
            fields["idNumber"] = idNumber[..17] + (idNumber[17] == '0' ? '1' : '0');
        if (draft == "wrong-credit-code-check-character")
        {
            var code = People.CreditCode(Qingpu);
            var wrong = UnifiedSocialCreditCode.ExpectedCheckCharacter(code.AsSpan(0, 17)) == '0' ? '1' : '0';
            fields["employerCreditCode"] = code[..17] + wrong;
        }
        return fields;
    }
}
