using System.Text.RegularExpressions;
using Approvals.Core.Access;
using Approvals.UseCases.Instances;
using Approvals.UseCases.Records;
using Approvals.Web.Features.Instances.Pages;
using Approvals.Web.Features.Tasks.Pages;
using Approvals.Web.Tests.Support;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.Web.Tests.Components;

/// <summary>
/// The shipped procedure reads in the page's language: the worklist names the step by its title in that language, the
/// case's instance page its activities and tasks; never "审核申请 Review application" with both at once.
/// </summary>
public sealed partial class ProcedureLanguageTests(MetrologyApiFactory factory) : IClassFixture<MetrologyApiFactory>, IAsyncLifetime
{
    private const string Qingpu = "310118";
    private static readonly TestAccount Reviewer = new("language.reviewer@test.local", Qingpu, ApprovalsRoles.Reviewer);
    private static readonly TestAccount Regulator = new("language.regulator@test.local", Qingpu, ApprovalsRoles.Regulator);

    public Task InitializeAsync() => factory.SeedRegistryAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<(string CaseNumber, TaskView Task)> SubmittedAsync(string culture)
    {
        var (_, _, filed) = await new Cases(factory).SubmitAsync(TestUser.Applicant($"language-{culture}"),
            Cases.InitialRegistration(People.NewIdNumber(), Qingpu, 2, Qingpu, $"JL-LANG-{culture}"), Cases.InitialDocuments);
        var caseNumber = filed["summary"]!["caseNumber"]!.GetValue<string>();
        await using var page = new PageRenderer(factory, "zh-CN", Reviewer);
        var task = Assert.Single(await page.Host<WorkflowQueries>().ListTasksAsync(new TaskFilter(HumanTaskStatus.Open), Reviewer.Scope, CancellationToken.None), t => t.CaseNumber == caseNumber);
        return (caseNumber, task);
    }

    [Theory]
    [InlineData("en", "Review application")]
    [InlineData("zh-CN", "审核申请")]
    public async Task The_worklist_names_the_step_in_the_pages_language_with_the_case_number(string culture, string title)
    {
        var (caseNumber, _) = await SubmittedAsync(culture);
        await using var page = new PageRenderer(factory, culture, Reviewer);
        page.Services.GetRequiredService<NavigationManager>().NavigateTo($"tasks?search={caseNumber}");

        var view = page.Render<TaskInbox>();

        view.WaitForAssertion(() => Assert.Single(view.FindAll("[data-testid=inbox] tbody tr")));
        Assert.Equal($"{title} {caseNumber}", view.Find("[data-testid=inbox] tbody a[href^='tasks/']").TextContent.Trim());
    }

    [Fact]
    public async Task In_English_the_instance_page_names_activities_and_tasks_in_English_only()
    {
        var (caseNumber, task) = await SubmittedAsync("instance-en");
        await using var page = new PageRenderer(factory, "en", Regulator);

        var instance = page.Render<InstancePage>(p => p.Add(c => c.Id, task.InstanceId));

        instance.WaitForAssertion(() => Assert.NotEmpty(instance.FindAll("[data-testid=journal-activity]")));
        var activities = instance.FindAll("[data-testid=journal-activity]").Select(a => a.TextContent.Trim()).ToList();
        Assert.Contains("Submission", activities);
        Assert.Contains("Automatic check", activities);
        Assert.DoesNotContain(activities, a => Han().IsMatch(a));
        Assert.StartsWith("Initial registration of an enterprise registered metrologist", instance.Find("h1").TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_English_the_task_page_is_headed_by_the_English_title_and_the_step_s_description()
    {
        var (caseNumber, task) = await SubmittedAsync("task-en");
        await using var page = new PageRenderer(factory, "en", Reviewer);

        var view = page.Render<TaskPage>(p => p.Add(c => c.Id, task.Id));

        view.WaitForAssertion(() => Assert.Equal($"Review application {caseNumber}", view.Find("h1").TextContent.Trim()));
        Assert.Contains("Check the automatic findings and the documents, then decide.", view.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("查看自动审查结果", view.Markup, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"[\u3400-\u9fff]")]
    private static partial Regex Han();
}
