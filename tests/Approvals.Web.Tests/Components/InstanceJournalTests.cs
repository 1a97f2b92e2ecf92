using Approvals.Infrastructure.Identity;
using Approvals.Infrastructure.Workflows;
using Approvals.Web.Features.Instances.Pages;
using Approvals.Web.Tests.Support;
using Approvals.Workflows.Runtime;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Approvals.Core.Access;
using Approvals.UseCases.Instances;

namespace Approvals.Web.Tests.Components;

/// <summary>
/// The instance page's journal names what happened as the regulator knows it: the activity's name in the version
/// the instance runs on, its type, the outcome and the person, in the UI's language; never raw identifiers.
/// </summary>
public sealed class InstanceJournalTests(InstanceJournalTests.Decided decided) : IClassFixture<InstanceJournalTests.Decided>
{
    private static readonly TestAccount Reviewer = new("journal.reviewer@test.local", "310118", ApprovalsRoles.Reviewer);
    private static readonly TestAccount Regulator = new("journal.regulator@test.local", "310118", ApprovalsRoles.Regulator);

    /// <summary>An instance whose first review ("初审") the reviewer approved; version 2 renamed it since.</summary>
    public sealed class Decided : ApiFactory, IAsyncLifetime
    {
        public string InstanceId { get; private set; } = "";

        public async Task InitializeAsync()
        {
            await this.EnsureAccountAsync(Reviewer, "青浦审核员 李四");
            await using var scope = Services.CreateAsyncScope();
            var definitions = scope.ServiceProvider.GetRequiredService<WorkflowDefinitionService>();
            var json = ApiClientExtensions.Definition("two-step-approval").Replace("\"two-step-approval\"", "\"journal-names\"");
            var (first, _) = await definitions.SaveDraftAsync(json.Replace("\"name\": \"Review\"", "\"name\": \"初审\""), CancellationToken.None);
            await definitions.PublishAsync(first.DefinitionId, first.Version, TestAccount.Staff.Scope, CancellationToken.None);

            var runtime = scope.ServiceProvider.GetRequiredService<WorkflowRuntime>();
            InstanceId = (await runtime.StartAsync(new InstanceStart("journal-names", District: Regulator.District), CancellationToken.None)).Id;
            var task = Assert.Single(await scope.ServiceProvider.GetRequiredService<WorkflowQueries>()
                .ListTasksAsync(new TaskFilter(InstanceId: InstanceId), Caller.System, CancellationToken.None));
            await runtime.ClaimTaskAsync(task.Id, Reviewer.Scope, CancellationToken.None);
            await runtime.CompleteTaskAsync(task.Id, new ResumeStimulus("Approve", null, Reviewer.Email, "材料齐全"), Reviewer.Scope, CancellationToken.None);

            var (second, _) = await definitions.SaveDraftAsync(json.Replace("\"name\": \"Review\"", "\"name\": \"受理审查\""), CancellationToken.None);
            await definitions.PublishAsync(second.DefinitionId, second.Version, TestAccount.Staff.Scope, CancellationToken.None);
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    private async Task<IReadOnlyList<(string Activity, string Type, string Outcome, string Actor)>> JournalAsync(string culture)
    {
        await using var page = new PageRenderer(decided, culture, Regulator);
        var instance = page.Render<InstancePage>(p => p.Add(c => c.Id, decided.InstanceId));
        instance.WaitForAssertion(() => Assert.NotEmpty(instance.FindAll("[data-testid=journal] tbody tr")));
        return [.. instance.FindAll("[data-testid=journal] tbody tr").Select(row =>
        {
            var cells = row.QuerySelectorAll("td");
            return (row.QuerySelector("[data-testid=journal-activity]")!.TextContent.Trim(),
                row.QuerySelector("[data-testid=journal-type]")?.TextContent.Trim() ?? "",
                row.QuerySelector("[data-testid=journal-outcome]")!.TextContent.Trim(),
                cells[^1].TextContent.Trim());
        })];
    }

    [Fact]
    public async Task In_Chinese_the_decision_reads_as_the_named_step_its_type_the_outcome_and_the_reviewer()
    {
        var journal = await JournalAsync("zh-CN");

        Assert.Contains(("初审", "(人工任务)", "批准", "青浦审核员 李四"), journal);
        Assert.Contains(journal, e => e.Activity == "Start" && e.Type == "(开始)" && e.Outcome == "完成");
        Assert.DoesNotContain(journal, e => e.Activity is "review" or "受理审查" || e.Type.Contains("HumanTask", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_page_is_headed_by_the_procedures_name_and_the_version_the_instance_runs_on()
    {
        await using var page = new PageRenderer(decided, "zh-CN", Regulator);

        var instance = page.Render<InstancePage>(p => p.Add(c => c.Id, decided.InstanceId));

        instance.WaitForAssertion(() => Assert.Equal("Two-step approval v1", instance.Find("h1").TextContent.Trim()));
    }

    [Fact]
    public async Task In_English_the_same_entries_use_the_English_type_and_outcome_names()
    {
        var journal = await JournalAsync("en");

        Assert.Contains(("初审", "(Human task)", "Approve", "青浦审核员 李四"), journal);
        Assert.Contains(journal, e => e.Activity == "Start" && e.Type == "(Start)" && e.Outcome == "Done");
    }
}
