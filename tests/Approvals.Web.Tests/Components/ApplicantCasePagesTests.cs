using Approvals.Infrastructure.Identity;
using Approvals.Web.Features.Applications.Pages;
using Approvals.Web.Tests.Support;
using Bunit;
using Approvals.Core.Access;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.Web.Tests.Components;

/// <summary>
/// The applicant's pages: the case page says what was submitted and what to do next; 我的申请 lists drafts as drafts,
/// each deletable after a confirmation; the wizard's review step shows everything and its address follows the draft.
/// </summary>
public sealed class ApplicantCasePagesTests(MetrologyApiFactory factory) : IClassFixture<MetrologyApiFactory>, IAsyncLifetime
{
    private const string Qingpu = "310118";
    private readonly Cases _cases = new(factory);

    public Task InitializeAsync() => factory.SeedRegistryAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static PageRenderer Page(ApiFactory factory, string culture, TestUser applicant) =>
        new(factory, culture, new TestAccount(applicant.Email!, null, ApprovalsRoles.Applicant), applicant.Id);

    [Theory]
    [InlineData("zh-CN", "提交的内容", "身份证号码", "一级", "项目考核合格证", "下一步")]
    [InlineData("en", "What you submitted", "ID number", "Level 1", "project assessment", "What to do next")]
    public async Task The_case_page_shows_every_submitted_field_and_document_and_what_to_do_next(
        string culture, string heading, string idLabel, string level, string certificateKind, string next)
    {
        var applicant = TestUser.Applicant($"case-page-submitted-{culture}");
        var idNumber = People.NewIdNumber();
        var certificateNumber = culture == "en" ? "JL-SUB-EN" : "JL-SUB-ZH";
        var (_, id, _) = await _cases.SubmitAsync(applicant, Cases.InitialRegistration(idNumber, Qingpu, 1, Qingpu, certificateNumber), Cases.InitialDocuments);
        await using var page = Page(factory, culture, applicant);

        var application = page.Render<ApplicationPage>(p => p.Add(c => c.Id, id));

        application.WaitForAssertion(() => Assert.NotEmpty(application.FindAll("[data-testid=what-was-submitted]")));
        var submitted = application.Find("[data-testid=what-was-submitted]").TextContent;
        Assert.Contains(heading, submitted, StringComparison.Ordinal);
        foreach (var value in new[] { idLabel, idNumber, "赵敏", "13800000000", "示范区测试计量有限公司", level, "ZG-TEST-0001", "长度计量", certificateKind, certificateNumber })
            Assert.Contains(value, submitted, StringComparison.Ordinal);
        var links = application.FindAll("[data-testid=what-was-submitted] [data-testid=document] a");
        Assert.Equal(Cases.InitialDocuments.Length, links.Count);
        Assert.All(links, a => Assert.StartsWith($"api/applications/{id}/documents/", a.GetAttribute("href"), StringComparison.Ordinal));
        Assert.DoesNotContain("ProjectAssessment", application.Find("[data-testid=submitted-fields]").TextContent, StringComparison.Ordinal);
        Assert.Contains(next, application.Find("[data-testid=next-step]").TextContent, StringComparison.Ordinal);
        Assert.StartsWith("SQ-", application.Find("[data-testid=case-number] strong").TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-CN", "草稿（尚未提交）", "已提交的申请")]
    [InlineData("en", "Drafts (not submitted)", "Submitted applications")]
    public async Task My_applications_lists_drafts_apart_and_deletes_one_only_once_confirmed(string culture, string draftsHeading, string submittedHeading)
    {
        var applicant = TestUser.Applicant($"drafts-list-{culture}");
        var (client, draftId) = await _cases.DraftAsync(applicant, Cases.InitialRegistration(People.NewIdNumber(), Qingpu, 2, Qingpu, $"JL-DRAFT-{culture}", name: "钱多"));
        await _cases.SubmitAsync(applicant, Cases.InitialRegistration(People.NewIdNumber(), Qingpu, 2, Qingpu, $"JL-SUBMITTED-{culture}", name: "孙交"), Cases.InitialDocuments);
        await using var page = Page(factory, culture, applicant);
        var list = page.Render<MyApplications>();
        var dialogs = page.Dialogs;

        list.WaitForAssertion(() => Assert.NotEmpty(list.FindAll("[data-testid=drafts]")));
        var drafts = list.Find("[data-testid=drafts]").TextContent;
        Assert.Contains(draftsHeading, drafts, StringComparison.Ordinal);
        Assert.Contains("钱多", drafts, StringComparison.Ordinal);
        Assert.DoesNotContain("孙交", drafts, StringComparison.Ordinal);
        Assert.Contains(submittedHeading, list.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("钱多", list.Find("[data-testid=applications]").TextContent, StringComparison.Ordinal);

        list.Find("[data-testid=delete-draft]").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("钱多", dialogs.Find("[data-testid=confirm-title]").TextContent, StringComparison.Ordinal));
        dialogs.Find("[data-testid=confirm-cancel]").Click();
        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll("[data-testid=confirm-dialog]")));
        Assert.Equal("Draft", Cases.Status(await _cases.GetAsync(client, draftId)));

        list.Find("[data-testid=delete-draft]").Click();
        dialogs.WaitForAssertion(() => dialogs.Find("[data-testid=confirm-ok]").Click());

        list.WaitForAssertion(() => Assert.Empty(list.FindAll("[data-testid=drafts]")), TimeSpan.FromSeconds(30));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync($"/api/applications/{draftId}")).StatusCode);
    }

    [Fact]
    public async Task The_wizard_opens_a_draft_at_the_step_its_address_names_and_the_review_shows_every_field_and_uploaded_document()
    {
        var applicant = TestUser.Applicant("wizard-review-address");
        var (_, id) = await _cases.DraftAsync(applicant, Cases.InitialRegistration(People.NewIdNumber(), Qingpu, 2, Qingpu, "JL-REVIEW-ALL"), "Photo", "IdCard");
        await using var page = Page(factory, "en", applicant);

        var navigation = page.Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo($"applications/{id}/edit?step=5");

        var wizard = page.Render<ApplicationWizard>(p => p.Add(c => c.Id, id));

        wizard.WaitForAssertion(() => Assert.NotEmpty(wizard.FindAll("[data-testid=submitted-fields]")), TimeSpan.FromSeconds(30));
        var review = wizard.Markup;
        foreach (var value in new[] { "示范区测试计量有限公司", "ZG-TEST-0001", "JL-REVIEW-ALL", "13800000000" })
            Assert.Contains(value, review, StringComparison.Ordinal);
        Assert.Equal(2, wizard.FindAll("[data-testid=document] a").Count);

        wizard.FindAll("button").First(b => b.TextContent.Contains("Back", StringComparison.Ordinal)).Click();

        wizard.WaitForAssertion(() => Assert.EndsWith($"applications/{id}/edit?step=4", navigation.Uri, StringComparison.Ordinal));
    }
}
