using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Approvals.Browser.Tests.Support;
using Approvals.Core.Checks;
using Microsoft.Playwright;

namespace Approvals.Browser.Tests;

/// <summary>
/// The Qingpu reviewer's worklist as they use it all day: search by case number, filter by type, a saved view opened
/// again, a task handed to a colleague with a note, and an approval that asks first; at desk and phone size, in both
/// languages.
/// </summary>
public sealed class WorklistJourneyTests(BrowserAppFactory app, Chromium chromium) : IClassFixture<BrowserAppFactory>, IClassFixture<Chromium>
{
    private const string Qingpu = "310118";
    private static readonly string[] Documents = ["ApplicationForm", "QualificationCertificate", "ProjectAssessmentCertificate", "IdCard", "Photo", "EmploymentProof"];
    private static int _nextPerson = 700;

    [Fact]
    public async Task A_reviewer_searches_filters_saves_a_view_hands_a_task_to_a_colleague_and_approves_after_confirming()
    {
        var approved = await FileAsync("陶批准");
        var handed = await FileAsync("陶转交");
        var page = await chromium.Browser.SignInAsync(app, "reviewer.qingpu@approvals.local", new() { ViewportSize = new() { Width = 1366, Height = 900 } });

        await page.GoToInteractiveAsync("/tasks");
        await Assertions.Expect(page.Locator("[data-testid=count-tasks]")).ToHaveAttributeAsync("data-count", new Regex("^[1-9]"));
        await page.Locator("#worklist-search").FillAsync(approved);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"search={approved}"));
        await Assertions.Expect(page.Locator("[data-testid=inbox] tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.WorklistRow(approved)).ToContainTextAsync("陶批准");
        await Assertions.Expect(page.WorklistRow(approved)).ToContainTextAsync("注册计量师初始注册 · 二级");
        await page.TakeAsync("60-worklist-search-by-case-number");

        await page.GoToInteractiveAsync("/tasks?search=陶");
        await page.SelectAsync("filter-type", "注册计量师延续注册");
        await Assertions.Expect(page.Locator("[data-testid=inbox-empty]")).ToBeVisibleAsync();
        await page.SelectAsync("filter-type", "注册计量师初始注册");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("type=InitialRegistration"));
        await Assertions.Expect(page.Locator("[data-testid=inbox] tbody tr")).ToHaveCountAsync(2);
        await page.Locator("[data-testid=save-view]").ClickAsync();
        await page.Locator("#view-name").FillAsync("陶的初始注册");
        await page.TakeAsync("61-worklist-save-view");
        await page.Locator("[data-testid=save-view-confirm]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-view='陶的初始注册']")).ToBeVisibleAsync();

        await page.GoToInteractiveAsync("/tasks");
        await page.Locator("[data-view='陶的初始注册']").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/tasks\?search=%E9%99%B6&type=InitialRegistration$"));
        await Assertions.Expect(page.Locator("[data-testid=inbox] tbody tr")).ToHaveCountAsync(2);
        await page.TakeAsync("62-worklist-saved-view-reopened");

        await page.WorklistRow(handed).Locator("[data-testid=delegate]").ClickAsync();
        await page.SelectAsync("delegate-colleague", "青浦区复核员");
        await page.Locator("#delegate-note").FillAsync("请核对劳动合同的起止日期。");
        await page.TakeAsync("63-worklist-delegate-dialog");
        await page.Locator("[data-testid=delegate-confirm]").ClickAsync();
        await Assertions.Expect(page.GetByText($"已将 {handed} 转交给 青浦区复核员。")).ToBeVisibleAsync();
        await Assertions.Expect(page.WorklistRow(handed).Locator("[data-testid=assignee]")).ToHaveTextAsync("青浦区复核员");

        await page.ClaimAndOpenAsync(approved);
        await page.Locator("input[data-outcome=Approve]").CheckAsync();
        await page.Locator("[data-testid=complete]").ClickAsync();
        Assert.Contains("转入下一环节", await page.ConfirmAsync("64-task-confirm-approval"));
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/tasks$"));
        await Assertions.Expect(page.GetByText($"已批准 {approved}，案件已转入下一环节。")).ToBeVisibleAsync();
        await page.TakeAsync("65-worklist-after-approval");

        await page.SetViewportSizeAsync(390, 844);
        await page.GoToInteractiveAsync("/tasks?search=陶");
        await Assertions.Expect(page.Locator("[data-testid=inbox] td[data-label='申请编号']").First).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 390, "the worklist scrolls sideways on a phone");
        await page.TakeAsync("66-worklist-phone-zh");

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Task inbox" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=inbox] td[data-label='Case number']").First).ToBeVisibleAsync();
        await page.TakeAsync("67-worklist-phone-en");
        await page.SetViewportSizeAsync(1366, 900);
        await page.TakeAsync("68-worklist-desk-en");
        // The choice is remembered on the account; switching back keeps the other tests in Chinese.
        await page.GetByRole(AriaRole.Link, new() { Name = "中文" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "待办任务" })).ToBeVisibleAsync();
    }

    /// <summary>Files and submits an initial registration in Qingpu as the seeded applicant; returns its case number.</summary>
    private async Task<string> FileAsync(string name)
    {
        var api = await app.ApiAsAsync("applicant@approvals.local");
        var idFirst17 = $"31011819910407{Interlocked.Increment(ref _nextPerson) % 1000:D3}";
        var creditFirst17 = "91310118MA1TEHT00";
        var created = await api.PostAsJsonAsync("/api/applications", new
        {
            type = "InitialRegistration", personName = name, idNumber = idFirst17 + ResidentIdNumber.ExpectedCheckCharacter(idFirst17), phone = "13900000000",
            employerName = "青浦精密计量有限公司", employerCreditCode = creditFirst17 + UnifiedSocialCreditCode.ExpectedCheckCharacter(creditFirst17), employerDistrictCode = Qingpu,
            level = 2, qualificationCertificateNumber = "ZG-2026-0042", projects = new[] { "长度计量" },
            certificates = new[] { new { kind = "ProjectAssessment", number = "JL-LOCAL-0042", issuingDistrictCode = Qingpu, validUntil = DateOnly.FromDateTime(DateTime.Today.AddYears(2)) } },
        });
        created.EnsureSuccessStatusCode();
        var id = (string)(await created.Content.ReadFromJsonAsync<JsonObject>())!["summary"]!["id"]!;
        var submitted = await api.UploadAndSubmitAsync(id, Documents);
        return (string)submitted["summary"]!["caseNumber"]!;
    }
}
