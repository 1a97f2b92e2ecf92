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
}
