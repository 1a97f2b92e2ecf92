using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Approvals.Browser.Tests.Support;
using Approvals.Core.Checks;
using Microsoft.Playwright;

namespace Approvals.Browser.Tests;

/// <summary>
/// A draft an employer filed for its staff member is the employer's to delete: the staff member sees it among their
/// drafts with no delete button (the server would refuse it) and a line saying who can delete it; the employer deletes
/// it from its own page after a confirmation, and it is gone from both.
/// </summary>
public sealed class EmployerDraftDeletionTests(BrowserAppFactory app, Chromium chromium) : IClassFixture<BrowserAppFactory>, IClassFixture<Chromium>
{
    private const string Staff = "applicant@approvals.local";
    private const string StaffName = "孙代填";

    [Fact]
    public async Task The_staff_member_cannot_delete_an_employer_filed_draft_and_the_employer_deletes_it_after_a_confirmation()
    {
        var employerApi = await app.ApiAsAsync("employer.qingpu@approvals.local");
        const string first17 = "31011819900303123";
        var filed = await employerApi.PostAsJsonAsync("/api/employer/batches", new
        {
            staff = new[]
            {
                new { type = "InitialRegistration", personName = StaffName, idNumber = first17 + ResidentIdNumber.ExpectedCheckCharacter(first17), email = Staff, level = 2, qualificationCertificateNumber = "ZG-2026-0991" },
            },
        });
        Assert.True(filed.IsSuccessStatusCode, await filed.Content.ReadAsStringAsync());

        var staff = await chromium.Browser.SignInAsync(app, Staff, new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        await staff.GoToInteractiveAsync("/applications");
        var draft = staff.GetByTestId("drafts").Locator("tbody tr", new() { HasText = StaffName });
        await Assertions.Expect(draft.GetByTestId("filed-by-employer")).ToHaveTextAsync("由执业单位代为填报：如不需要，请联系单位删除。");
        await Assertions.Expect(draft.GetByTestId("delete-draft")).ToHaveCountAsync(0);
        await staff.TakeAsync("93-employer-filed-draft-staff-zh-390");

        var employer = await chromium.Browser.SignInAsync(app, "employer.qingpu@approvals.local", new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        await employer.GoToInteractiveAsync("/employer");
        var row = employer.GetByTestId("employer-cases").Locator("tbody tr", new() { HasText = StaffName });
        await row.GetByTestId("delete-filed-draft").ClickAsync();
        await Assertions.Expect(employer.GetByRole(AriaRole.Dialog)).ToContainTextAsync($"删除为“{StaffName}”填报的草稿？");
        var said = await employer.ConfirmAsync("93-employer-filed-draft-delete-confirmation-zh-1366");
        Assert.Contains("不能恢复", said, StringComparison.Ordinal);
        await Assertions.Expect(row).ToHaveCountAsync(0);
        await Assertions.Expect(employer.GetByText("已删除").First).ToBeVisibleAsync();
        Assert.DoesNotContain((await employerApi.GetFromJsonAsync<JsonArray>("/api/employer/cases"))!, c => (string?)c!["personName"] == StaffName);

        await staff.GoToInteractiveAsync("/applications");
        await Assertions.Expect(staff.Locator("tbody tr", new() { HasText = StaffName })).ToHaveCountAsync(0);
    }
}
