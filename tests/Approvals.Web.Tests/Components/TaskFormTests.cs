using System.Text.Json.Nodes;
using Approvals.Infrastructure.Identity;
using Approvals.Infrastructure.Workflows;
using Approvals.Web.Features.Tasks.Pages;
using Approvals.Web.Tests.Support;
using Approvals.Workflows.Runtime;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Approvals.Core.Access;
using Approvals.UseCases.Instances;
using Approvals.UseCases.Records;

namespace Approvals.Web.Tests.Components;

/// <summary>
/// A task whose procedure asks for a form: the reviewer fills its fields on the task page, is told beside a
/// field what is missing, and the values become the task's data.
/// </summary>
public sealed class TaskFormTests(TaskFormTests.FormTask host) : IClassFixture<TaskFormTests.FormTask>
{
    private static readonly TestAccount Reviewer = new("form.reviewer@test.local", "310118", ApprovalsRoles.Reviewer);

    /// <summary>The host with the "form-review" procedure published.</summary>
    public sealed class FormTask : ApiFactory, IAsyncLifetime
    {
        public async Task InitializeAsync()
        {
            await this.EnsureAccountAsync(Reviewer, "青浦审核员 赵六");
            await using var scope = Services.CreateAsyncScope();
            var definitions = scope.ServiceProvider.GetRequiredService<WorkflowDefinitionService>();
            var (saved, _) = await definitions.SaveDraftAsync(ApiClientExtensions.Definition("form-review"), CancellationToken.None);
            await definitions.PublishAsync(saved.DefinitionId, saved.Version, TestAccount.Staff.Scope, CancellationToken.None);
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    private static async Task<string> OpenTaskAsync(PageRenderer page)
    {
        var instance = await page.Host<WorkflowRuntime>().StartAsync("form-review", null, null, null, "test", CancellationToken.None);
        var tasks = await page.Host<WorkflowQueries>().ListTasksAsync(new TaskFilter(InstanceId: instance.Id), Caller.System, CancellationToken.None);
        return Assert.Single(tasks).Id;
    }

    /// <summary>A new task of the procedure, open on its page with the form shown.</summary>
    private static async Task<(string TaskId, IRenderedComponent<TaskPage> View)> OpenTaskPageAsync(PageRenderer page)
    {
        var taskId = await OpenTaskAsync(page);
        var view = page.Render<TaskPage>(p => p.Add(t => t.Id, taskId));
        view.WaitForElement("#form-amount");
        return (taskId, view);
    }

    private static void ChooseApprove(IRenderedComponent<TaskPage> view) =>
        view.Find("input[data-outcome=Approve]").Click();

    [Fact]
    public async Task The_form_shows_each_field_and_a_missing_required_figure_is_named_beside_it_in_Chinese()
    {
        await using var page = new PageRenderer(host, "zh-CN", Reviewer);
        var (taskId, view) = await OpenTaskPageAsync(page);

        ChooseApprove(view);
        view.Find("[data-testid=complete]").Click();

        view.WaitForAssertion(() => Assert.Contains("请填写“核定金额”。", view.Find("[data-testid=form-field-amount]").TextContent, StringComparison.Ordinal));
        Assert.Equal(["number", "date", "boolean"], view.FindAll("[data-testid^=form-field-]").Select(f => f.GetAttribute("data-type")));
        var task = await page.Host<WorkflowQueries>().GetTaskAsync(taskId, Caller.System, CancellationToken.None);
        Assert.Equal(HumanTaskStatus.Open, task.Status);
    }

    [Fact]
    public async Task The_values_entered_become_the_tasks_data_and_an_unset_switch_counts_as_no()
    {
        await using var page = new PageRenderer(host, "zh-CN", Reviewer);
        var (taskId, view) = await OpenTaskPageAsync(page);

        view.Find("#form-amount").Change("1200");
        ChooseApprove(view);
        view.Find("[data-testid=complete]").Click();
        page.Dialogs.WaitForElement("[data-testid=confirm-ok]").Click();

        // The page goes back to the inbox once the task is completed.
        var navigation = page.Services.GetRequiredService<NavigationManager>();
        view.WaitForAssertion(() => Assert.EndsWith("/tasks", navigation.Uri, StringComparison.Ordinal));
        var completed = await page.Host<WorkflowQueries>().GetTaskAsync(taskId, Caller.System, CancellationToken.None);
        Assert.Equal(HumanTaskStatus.Completed, completed.Status);
        Assert.Equal(JsonNode.Parse("""{"amount":1200,"onSite":false}""")!.ToJsonString(), completed.Data!.ToJsonString());
    }

    [Fact]
    public async Task A_task_another_reviewer_completed_meanwhile_is_refused_on_the_snackbar_in_Chinese_and_stays_completed()
    {
        await using var page = new PageRenderer(host, "zh-CN", Reviewer);
        var (taskId, view) = await OpenTaskPageAsync(page);
        await using (var colleague = host.Services.CreateAsyncScope())
        {
            await colleague.ServiceProvider.GetRequiredService<WorkflowRuntime>().CompleteTaskAsync(
                taskId, new ResumeStimulus("Approve", new JsonObject { ["amount"] = 800 }, "colleague@test.local"), Caller.System, CancellationToken.None);
        }

        view.Find("#form-amount").Change("1200");
        ChooseApprove(view);
        view.Find("[data-testid=complete]").Click();
        page.Dialogs.WaitForElement("[data-testid=confirm-ok]").Click();

        var snackbar = page.Services.GetRequiredService<ISnackbar>();
        view.WaitForAssertion(() => Assert.Contains(snackbar.ShownSnackbars, s => s.Severity == Severity.Warning));
        var task = await page.Host<WorkflowQueries>().GetTaskAsync(taskId, Caller.System, CancellationToken.None);
        Assert.Equal($"操作未完成：“{task.Title}”已办结，不能再次办理。", snackbar.ShownSnackbars.Single(s => s.Severity == Severity.Warning).Message);
        Assert.Equal(800, (int)task.Data!["amount"]!);
    }
}
