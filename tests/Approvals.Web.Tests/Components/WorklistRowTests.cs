using Approvals.Core.Access;
using Approvals.UseCases.Instances;
using Approvals.UseCases.Records;
using Approvals.Web.Features.Tasks.Pages;
using Approvals.Web.Tests.Support;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.Web.Tests.Components;

/// <summary>
/// A worklist row as the reviewer reads it: the applicant, the type and level, the case number, the claimant, and the
/// working days left against the statutory limit, coloured when close or overdue.
/// </summary>
public sealed class WorklistRowTests(MetrologyApiFactory factory) : IClassFixture<MetrologyApiFactory>, IAsyncLifetime
{
    private const string Qingpu = "310118";
    private static readonly TestAccount Reviewer = new("row.reviewer@test.local", Qingpu, ApprovalsRoles.Reviewer);

    public Task InitializeAsync() => factory.SeedRegistryAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_row_names_the_applicant_the_type_and_level_the_case_number_and_the_claimant()
    {
        await factory.EnsureAccountAsync(Reviewer, "青浦审核员 行测");
        var (_, id, filed) = await new Cases(factory).SubmitAsync(TestUser.Applicant("row-applicant"),
            Cases.InitialRegistration(People.NewIdNumber(), Qingpu, 2, Qingpu, "JL-ROW-1", "韩行测"), Cases.InitialDocuments);
        var caseNumber = filed["summary"]!["caseNumber"]!.GetValue<string>();
        await using var page = new PageRenderer(factory, "zh-CN", Reviewer);
        var task = Assert.Single(await page.Host<WorkflowQueries>().ListTasksAsync(new TaskFilter(HumanTaskStatus.Open), Reviewer.Scope, CancellationToken.None), t => t.CaseNumber == caseNumber);
        await page.Host<IWorkflowRuntime>().ClaimTaskAsync(task.Id, Reviewer.Scope, CancellationToken.None);

        page.Services.GetRequiredService<NavigationManager>().NavigateTo($"tasks?search={caseNumber}");
        var view = page.Render<TaskInbox>();

        view.WaitForAssertion(() => Assert.Single(view.FindAll("[data-testid=inbox] tbody tr")));
        Assert.Equal("韩行测", view.Find("[data-testid=applicant]").TextContent.Trim());
        Assert.Equal(caseNumber, view.Find("[data-testid=case-number]").TextContent.Trim());
        Assert.Equal("注册计量师初始注册 · 二级", view.Find("[data-testid=type]").TextContent.Trim());
        Assert.Equal("青浦审核员 行测", view.Find("[data-testid=assignee]").TextContent.Trim());
        Assert.NotEqual("none", view.Find("[data-testid=days-left] [data-urgency]").GetAttribute("data-urgency"));
        _ = id;
    }

    [Theory]
    [InlineData(10, false, "ok", "剩 10 个工作日", "mud-chip-color-default")]
    [InlineData(3, false, "soon", "剩 3 个工作日", "mud-chip-color-warning")]
    [InlineData(0, false, "soon", "剩 0 个工作日", "mud-chip-color-warning")]
    [InlineData(-2, false, "overdue", "已超期 2 个工作日", "mud-chip-color-error")]
    [InlineData(5, true, "stopped", "补正中，计时暂停（剩 5 个工作日）", "mud-chip-color-info")]
    public async Task Days_left_are_coloured_when_three_working_days_or_fewer_remain_and_red_when_overdue(int remaining, bool stopped, string urgency, string text, string colour)
    {
        await using var page = new PageRenderer(factory, "zh-CN", Reviewer);
        var clock = new StatutoryClockView(20, 20 - remaining, 0, remaining, stopped, DateTimeOffset.UtcNow) { StartedAt = DateTimeOffset.UtcNow.AddDays(-20) };

        var chip = page.Render<DaysLeft>(p => p.Add(d => d.Clock, clock)).Find("[data-urgency]");

        Assert.Equal((urgency, text), (chip.GetAttribute("data-urgency"), chip.TextContent.Trim()));
        Assert.Contains(colour, chip.ClassList);
    }

    [Fact]
    public async Task A_case_not_accepted_yet_says_so_with_the_whole_limit_ahead()
    {
        await using var page = new PageRenderer(factory, "en", Reviewer);

        var chip = page.Render<DaysLeft>(p => p.Add(d => d.Clock, StatutoryClockView.AwaitingAcceptance(20, DateTimeOffset.UtcNow))).Find("[data-urgency]");

        Assert.Equal(("awaiting", "Awaiting acceptance (20 working days limit)"), (chip.GetAttribute("data-urgency"), chip.TextContent.Trim()));
    }
}
