using Approvals.Core.Access;
using Approvals.Web.Components.Layout;
using Approvals.Web.Components.Shared;
using Approvals.Web.Tests.Support;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.Web.Tests.Components;

/// <summary>The menu's count badges: open tasks the user may work, read again when a page says the worklist changed.</summary>
public sealed class NavCountBadgesTests(DistrictTaskFactory factory) : IClassFixture<DistrictTaskFactory>
{
    private static readonly TestAccount Reviewer = new("badges.reviewer@test.local", DistrictTaskFactory.Qingpu, ApprovalsRoles.Reviewer);
    private static readonly TestAccount Regulator = new("badges.regulator@test.local", DistrictTaskFactory.Qingpu, ApprovalsRoles.Regulator);

    [Fact]
    public async Task The_tasks_badge_counts_the_districts_open_tasks_and_follows_a_change_without_a_page_load()
    {
        await factory.StartTaskAsync();
        await using var page = new PageRenderer(factory, "zh-CN", Reviewer);
        var links = page.Render<StaffNavLinks>();
        var before = 0;
        links.WaitForAssertion(() => before = int.Parse(links.Find("[data-testid=count-tasks]").GetAttribute("data-count")!, System.Globalization.CultureInfo.InvariantCulture));

        await factory.StartTaskAsync();
        page.Services.GetRequiredService<WorklistChanges>().Notify();

        links.WaitForAssertion(() => Assert.Equal((before + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), links.Find("[data-testid=count-tasks]").GetAttribute("data-count")));
    }

    [Fact]
    public async Task A_districts_reviewer_has_a_verification_requests_entry_and_a_regulator_does_not()
    {
        await using var reviewer = new PageRenderer(factory, "zh-CN", Reviewer);
        await using var regulator = new PageRenderer(factory, "zh-CN", Regulator);

        var reviewers = reviewer.Render<StaffNavLinks>();
        var regulators = regulator.Render<StaffNavLinks>();

        reviewers.WaitForAssertion(() => Assert.Equal("核验请求", reviewers.Find("[data-testid=nav-verifications]").TextContent.Trim()));
        Assert.Empty(regulators.FindAll("[data-testid=nav-verifications]"));
    }
}
