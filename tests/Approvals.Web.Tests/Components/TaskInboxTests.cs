using Approvals.Infrastructure.Identity;
using Approvals.Infrastructure.Workflows;
using Approvals.Web.Features.Tasks.Pages;
using Approvals.Web.Tests.Support;
using Approvals.Workflows.Runtime;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Approvals.Core.Access;
using Approvals.UseCases.Instances;
using Microsoft.AspNetCore.Components;

namespace Approvals.Web.Tests.Components;

/// <summary>
/// The reviewer's worklist read from its address: claimed by me, by nobody, or everyone of the district; who claimed a
/// task is shown by name; sorting by a header changes the address.
/// </summary>
public sealed class TaskInboxTests(TaskInboxTests.Inbox inbox) : IClassFixture<TaskInboxTests.Inbox>
{
    private static readonly TestAccount Reviewer = new("inbox.reviewer@test.local", "310118", ApprovalsRoles.Reviewer);
    private static readonly TestAccount Colleague = new("inbox.colleague@test.local", "310118", ApprovalsRoles.Reviewer);

    /// <summary>
    /// The host with, in Qingpu, a task the reviewer claimed, one a colleague claimed and one nobody claimed, and
    /// an unclaimed task of Wujiang.
    /// </summary>
    public sealed class Inbox : ApiFactory, IAsyncLifetime
    {
        public string Mine { get; private set; } = "";
        public string Colleagues { get; private set; } = "";
        public string Unclaimed { get; private set; } = "";
        public string OtherDistrict { get; private set; } = "";

        public async Task InitializeAsync()
        {
            await this.EnsureAccountAsync(Reviewer, "青浦审核员 李四");
            await this.EnsureAccountAsync(Colleague, "青浦审核员 王五");
            await using var scope = Services.CreateAsyncScope();
            var definitions = scope.ServiceProvider.GetRequiredService<WorkflowDefinitionService>();
            var json = ApiClientExtensions.Definition("two-step-approval");
            foreach (var district in new[] { "310118", "320509" })
            {
                var (saved, _) = await definitions.SaveDraftAsync(
                    json.Replace("\"two-step-approval\"", $"\"inbox-{district}\"").Replace("\"district\": \"310118\"", $"\"district\": \"{district}\""), CancellationToken.None);
                await definitions.PublishAsync(saved.DefinitionId, saved.Version, TestAccount.Staff.Scope, CancellationToken.None);
            }

            Mine = await OpenTaskAsync(scope.ServiceProvider, "inbox-310118");
            Colleagues = await OpenTaskAsync(scope.ServiceProvider, "inbox-310118");
            Unclaimed = await OpenTaskAsync(scope.ServiceProvider, "inbox-310118");
            OtherDistrict = await OpenTaskAsync(scope.ServiceProvider, "inbox-320509");
            var runtime = scope.ServiceProvider.GetRequiredService<WorkflowRuntime>();
            await runtime.ClaimTaskAsync(Mine, Reviewer.Scope, CancellationToken.None);
            await runtime.ClaimTaskAsync(Colleagues, Colleague.Scope, CancellationToken.None);
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

        private static async Task<string> OpenTaskAsync(IServiceProvider services, string definitionId)
        {
            var instance = await services.GetRequiredService<WorkflowRuntime>().StartAsync(definitionId, null, null, null, "test", CancellationToken.None);
            var tasks = await services.GetRequiredService<WorkflowQueries>().ListTasksAsync(new TaskFilter(InstanceId: instance.Id), Caller.System, CancellationToken.None);
            return Assert.Single(tasks).Id;
        }
    }

    private static IReadOnlyList<string> ListedTasks(IRenderedComponent<TaskInbox> view) =>
        [.. view.FindAll("[data-testid=inbox] tbody a[href^='tasks/']").Select(a => a.GetAttribute("href")!["tasks/".Length..])];

    /// <summary>The reviewer's inbox opened at <paramref name="address"/> (the worklist's query is in the address).</summary>
    private static IRenderedComponent<TaskInbox> Open(PageRenderer page, string address)
    {
        page.Services.GetRequiredService<NavigationManager>().NavigateTo(address);
        return page.Render<TaskInbox>();
    }

    [Fact]
    public async Task Claimed_by_me_in_the_address_shows_only_the_task_the_reviewer_claimed_with_their_name()
    {
        await using var page = new PageRenderer(inbox, "zh-CN", Reviewer);

        var view = Open(page, "tasks?claimedBy=me");

        view.WaitForAssertion(() => Assert.Equal([inbox.Mine], ListedTasks(view)));
        Assert.Equal("青浦审核员 李四", view.Find("[data-testid=assignee]").TextContent.Trim());
    }

    [Fact]
    public async Task Claimed_by_nobody_shows_the_districts_tasks_nobody_took()
    {
        await using var page = new PageRenderer(inbox, "zh-CN", Reviewer);

        var view = Open(page, "tasks?claimedBy=nobody");

        view.WaitForAssertion(() => Assert.Equal([inbox.Unclaimed], ListedTasks(view)));
        Assert.All(view.FindAll("[data-testid=assignee]"), cell => Assert.Equal("未认领", cell.TextContent.Trim()));
    }

    [Fact]
    public async Task Without_a_filter_the_worklist_shows_every_task_of_the_district_who_has_each_and_how_many_there_are()
    {
        await using var page = new PageRenderer(inbox, "zh-CN", Reviewer);

        var view = Open(page, "tasks");

        view.WaitForAssertion(() => Assert.Equal(new HashSet<string> { inbox.Mine, inbox.Colleagues, inbox.Unclaimed }, ListedTasks(view).ToHashSet()));
        var assignees = view.FindAll("[data-testid=assignee]").Select(c => c.TextContent.Trim()).ToList();
        Assert.Contains("青浦审核员 王五", assignees);
        Assert.DoesNotContain(Colleague.Email, assignees);
        Assert.Equal("共 3 项", view.Find("[data-testid=worklist-total]").TextContent.Trim());
    }

    [Fact]
    public async Task Clicking_a_sortable_header_puts_the_sort_in_the_address_and_a_second_click_reverses_it()
    {
        await using var page = new PageRenderer(inbox, "zh-CN", Reviewer);
        var navigation = page.Services.GetRequiredService<NavigationManager>();
        var view = Open(page, "tasks?claimedBy=nobody");
        view.WaitForAssertion(() => Assert.NotEmpty(ListedTasks(view)));

        view.Find("[data-sort=CaseNumber]").Click();
        Assert.EndsWith("tasks?claimedBy=nobody&sort=caseNumber", navigation.Uri);
        view.WaitForAssertion(() => Assert.Single(view.FindAll("th[aria-sort=ascending] [data-sort=CaseNumber]")));
        view.Find("[data-sort=CaseNumber]").Click();

        Assert.EndsWith("tasks?claimedBy=nobody&sort=-caseNumber", navigation.Uri);
    }

    [Fact]
    public async Task An_address_the_worklist_cannot_read_says_which_part_and_shows_every_task()
    {
        await using var page = new PageRenderer(inbox, "zh-CN", Reviewer);

        var view = Open(page, "tasks?due=Tomorrow");

        view.WaitForAssertion(() => Assert.Equal(3, ListedTasks(view).Count));
        Assert.Contains("due", view.Find("[data-testid=worklist-problem]").TextContent);
    }
}
