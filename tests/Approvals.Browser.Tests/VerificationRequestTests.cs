using System.Text.RegularExpressions;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Approvals.Browser.Tests.Support;
using Approvals.Core.Checks;
using Approvals.Testing;
using Microsoft.Playwright;

namespace Approvals.Browser.Tests;

/// <summary>
/// A Wujiang reviewer confirms, from the inbox, a Wujiang certificate that a Qingpu case relies on; the answered
/// request then shows as closed, with no answer buttons.
/// </summary>
public sealed class VerificationRequestTests(BrowserAppFactory app, Chromium chromium) : IClassFixture<BrowserAppFactory>, IClassFixture<Chromium>
{
    private static readonly string[] DocumentKinds = ["ApplicationForm", "QualificationCertificate", "ProjectAssessmentCertificate", "IdCard", "Photo", "EmploymentProof"];

    private Task<HttpClient> ApiAsAsync(string email) => app.ApiAsAsync(email);

    private static string Checked(string first17, Func<string, char> check) => first17 + check(first17);

    [Fact]
    public async Task A_Wujiang_reviewer_confirms_a_Wujiang_certificate_the_Qingpu_case_moves_to_review_and_the_request_shows_closed()
    {
        var applicant = await ApiAsAsync("applicant@approvals.local");
        var created = await applicant.PostAsJsonAsync("/api/applications", new
        {
            type = "InitialRegistration",
            personName = "周杰",
            idNumber = Checked("31011819850505123", s => ResidentIdNumber.ExpectedCheckCharacter(s)),
            employerName = "青浦衡器有限公司",
            employerCreditCode = Checked("91310118MA1TEHT01", s => UnifiedSocialCreditCode.ExpectedCheckCharacter(s)),
            employerDistrictCode = "310118",
            level = 2,
            qualificationCertificateNumber = "ZG-2026-0077",
            projects = new[] { "衡器计量" },
            certificates = new[] { new { kind = "ProjectAssessment", number = "WJ-NOT-IN-REGISTRY-77", issuingDistrictCode = "320509", validUntil = "2029-06-30" } },
        });
        created.EnsureSuccessStatusCode();
        var id = (string)(await created.Content.ReadFromJsonAsync<JsonObject>())!["summary"]!["id"]!;
        foreach (var kind in DocumentKinds)
        {
            using var form = new MultipartFormDataContent
            {
                { new ByteArrayContent(SampleDocuments.Pdf(kind)), "file", kind + ".pdf" },
                { new StringContent(kind), "kind" },
            };
            (await applicant.PostAsync($"/api/applications/{id}/documents", form)).EnsureSuccessStatusCode();
        }
        var submitted = await applicant.PostAsync($"/api/applications/{id}/submit", null);
        submitted.EnsureSuccessStatusCode();
        Assert.Equal("AwaitingVerification", (string)(await submitted.Content.ReadFromJsonAsync<JsonObject>())!["summary"]!["status"]!);

        var reviewer = await chromium.Browser.SignInAsync(app, "reviewer.wujiang@approvals.local");
        await reviewer.GoToInteractiveAsync("/tasks");
        await Assertions.Expect(reviewer.Locator("[data-testid=count-verifications]")).ToHaveAttributeAsync("data-count", new Regex("^[1-9]"));
        await reviewer.Locator("[data-testid=nav-verifications]").ClickAsync();
        await Assertions.Expect(reviewer.GetByRole(AriaRole.Heading, new() { Name = "核验请求" })).ToBeVisibleAsync();
        var request = reviewer.Locator("[data-testid=verifications] [data-request]", new() { HasText = "WJ-NOT-IN-REGISTRY-77" });
        await Assertions.Expect(request).ToContainTextAsync("青浦区 请求核验本区颁发的证书");
        await request.GetByLabel("意见（可选）").FillAsync("经核对，该证书由本局颁发，有效。");
        await reviewer.TakeAsync("30-verification-request");
        await request.GetByRole(AriaRole.Button, new() { Name = "确认" }).ClickAsync();
        Assert.Contains("属实", await reviewer.ConfirmAsync("30-verification-confirm"));
        await Assertions.Expect(reviewer.GetByText("已答复核验请求。", new() { Exact = false }).First).ToBeVisibleAsync();
        await Assertions.Expect(request).ToHaveCountAsync(0);
        var closed = reviewer.Locator("[data-testid=verifications] [data-closed-request]", new() { HasText = "WJ-NOT-IN-REGISTRY-77" });
        await Assertions.Expect(closed).ToContainTextAsync("核实属实");
        await Assertions.Expect(closed.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);

        var after = await applicant.GetFromJsonAsync<JsonObject>($"/api/applications/{id}");
        Assert.Equal("InReview", (string)after!["summary"]!["status"]!);
        Assert.Equal("Confirmed", (string)after["verifications"]![0]!["status"]!);
    }
}
