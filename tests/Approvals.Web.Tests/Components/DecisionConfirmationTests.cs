using Approvals.Core.Access;
using Approvals.UseCases.Instances;
using Approvals.UseCases.Records;
using Approvals.Web.Features.Tasks.Pages;
using Approvals.Web.Tests.Support;
using Bunit;

namespace Approvals.Web.Tests.Components;

/// <summary>A decision asks first, saying what it will do; cancelling leaves the task open, confirming completes it.</summary>
public sealed class DecisionConfirmationTests(DistrictTaskFactory factory) : IClassFixture<DistrictTaskFactory>
{
    private static readonly TestAccount Reviewer = new("confirm.reviewer@test.local", DistrictTaskFactory.Qingpu, ApprovalsRoles.Reviewer);

    [Fact]
    public async Task Rejecting_asks_first_saying_the_applicant_receives_a_refusal_and_cancelling_leaves_the_task_open()
    {
        var task = await factory.StartTaskAsync();
        await using var page = new PageRenderer(factory, "zh-CN", Reviewer);
        var dialogs = page.Dialogs;
        bool? completed = null;
        var panel = page.Render<TaskDecidePanel>(p => p.Add(d => d.Task, task).Add(d => d.Form, []).Add(d => d.Caller, Reviewer.Scope).Add(d => d.Completed, done => completed = done));

        panel.Find("input[data-outcome=Reject]").Click();
        panel.Find("[data-testid=complete]").Click();

        dialogs.WaitForAssertion(() => Assert.Equal("申请将被驳回，申请人将收到不予注册决定书，案件办结。提交后不能撤回。", dialogs.Find("[data-testid=confirm-consequences]").TextContent.Trim()));
        Assert.Contains("不予批准", dialogs.Find("[data-testid=confirm-ok]").TextContent);
        dialogs.Find("[data-testid=confirm-cancel]").Click();
        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll("[data-testid=confirm-dialog]")));
        Assert.Null(completed);
        Assert.Equal(HumanTaskStatus.Open, (await page.Host<WorkflowQueries>().GetTaskAsync(task.Id, Caller.System, CancellationToken.None)).Status);
    }

    [Fact]
    public async Task Confirming_an_approval_completes_the_task_with_that_outcome()
    {
        var task = await factory.StartTaskAsync();
        await using var page = new PageRenderer(factory, "zh-CN", Reviewer);
        var dialogs = page.Dialogs;
        bool? completed = null;
        var panel = page.Render<TaskDecidePanel>(p => p.Add(d => d.Task, task).Add(d => d.Form, []).Add(d => d.Caller, Reviewer.Scope).Add(d => d.Completed, done => completed = done));

        panel.Find("input[data-outcome=Approve]").Click();
        panel.Find("[data-testid=complete]").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("转入下一环节", dialogs.Find("[data-testid=confirm-consequences]").TextContent));
        dialogs.Find("[data-testid=confirm-ok]").Click();

        panel.WaitForAssertion(() => Assert.True(completed));
        var closed = await page.Host<WorkflowQueries>().GetTaskAsync(task.Id, Caller.System, CancellationToken.None);
        Assert.Equal((HumanTaskStatus.Completed, "Approve"), (closed.Status, closed.Outcome));
    }
}
