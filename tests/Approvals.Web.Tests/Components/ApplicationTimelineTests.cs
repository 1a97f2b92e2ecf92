using Approvals.Infrastructure.Identity;
using Approvals.Web.Features.Applications.Pages;
using Approvals.Web.Tests.Support;
using Bunit;
using Approvals.Core.Access;

namespace Approvals.Web.Tests.Components;

/// <summary>The applicant reads a reviewer's comment on the timeline, at the step it led to.</summary>
public sealed class ApplicationTimelineTests(MetrologyApiFactory factory) : IClassFixture<MetrologyApiFactory>
{
    private const string Qingpu = "310118";

    [Theory]
    [InlineData("zh-CN", "待补正", "要求补正")]
    [InlineData("en", "Awaiting corrections", "Request corrections")]
    public async Task A_correction_request_s_reason_stands_under_the_awaiting_corrections_step(string culture, string step, string outcome)
    {
        var cases = new Cases(factory);
        var applicant = TestUser.Applicant($"timeline-{culture}");
        var (_, id, _) = await cases.SubmitAsync(applicant,
            Cases.InitialRegistration(People.NewIdNumber(), Qingpu, 2, Qingpu, $"JL-TL-{culture}"), Cases.InitialDocuments);
        (await cases.DecideAsync(TestUser.Reviewer($"timeline-reviewer-{culture}", Qingpu), id, "review", "RequestCorrections", "身份证照片不清晰，请重新上传。"))
            .EnsureSuccessStatusCode();
        await using var page = new PageRenderer(factory, culture, new TestAccount(applicant.Email!, null, ApprovalsRoles.Applicant), applicant.Id);

        var application = page.Render<ApplicationPage>(p => p.Add(c => c.Id, id));

        application.WaitForAssertion(() => Assert.NotEmpty(application.FindAll("[data-testid=timeline-comment]")));
        var commented = Assert.Single(application.FindAll("[data-testid=timeline-step]"), s => s.QuerySelector("[data-testid=timeline-comment]") is not null);
        Assert.Contains(step, commented.TextContent, StringComparison.Ordinal);
        Assert.Contains(outcome, commented.TextContent, StringComparison.Ordinal);
        Assert.Contains("身份证照片不清晰，请重新上传。", commented.TextContent, StringComparison.Ordinal);
        Assert.Empty(application.FindAll("[data-testid=comments]"));
    }

    [Theory]
    [InlineData("zh-CN", "已受理", "受理通知书", "法定办理时限自受理之日起计算", "受理日期")]
    [InlineData("en", "Accepted", "Notice of acceptance", "The statutory time limit runs from this day", "Accepted on")]
    public async Task The_acceptance_stands_on_the_timeline_with_its_notice_and_the_start_of_the_limit_and_its_date_in_the_list(
        string culture, string step, string notice, string limit, string column)
    {
        var cases = new Cases(factory);
        var applicant = TestUser.Applicant($"accepted-{culture}");
        var (_, id, submitted) = await cases.SubmitAsync(applicant,
            Cases.InitialRegistration(People.NewIdNumber(), Qingpu, 2, Qingpu, $"JL-ACC-{culture}"), Cases.InitialDocuments);
        var acceptedOn = DateTimeOffset.Parse(submitted["summary"]!["acceptedAt"].Str());
        var acceptedOnText = Approvals.Text.ReadableDates.Date(acceptedOn, System.Globalization.CultureInfo.GetCultureInfo(culture));
        await using var page = new PageRenderer(factory, culture, new TestAccount(applicant.Email!, null, ApprovalsRoles.Applicant), applicant.Id);

        var application = page.Render<ApplicationPage>(p => p.Add(c => c.Id, id));
        var list = page.Render<MyApplications>();

        application.WaitForAssertion(() => Assert.NotEmpty(application.FindAll("[data-status=Accepted]")));
        var acceptance = Assert.Single(application.FindAll("[data-status=Accepted]"));
        Assert.Contains(step, acceptance.TextContent, StringComparison.Ordinal);
        Assert.Contains(limit, acceptance.QuerySelector("[data-testid=clock-starts]")!.TextContent, StringComparison.Ordinal);
        var link = acceptance.QuerySelector("[data-testid=step-document] a")!;
        Assert.Contains(notice, link.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Contains($"api/applications/{id}/official-documents/", link.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Contains(acceptedOnText, application.Find("[data-testid=statutory-start]").TextContent, StringComparison.Ordinal);
        list.WaitForAssertion(() => Assert.Contains(acceptedOnText, list.Find("[data-testid=accepted-on]").TextContent, StringComparison.Ordinal));
        Assert.Contains(column, list.Find("thead").TextContent, StringComparison.Ordinal);
    }
}
