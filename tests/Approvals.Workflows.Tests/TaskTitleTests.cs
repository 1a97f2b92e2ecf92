using System.Text.Json.Nodes;
using Approvals.Workflows.Activities;
using Approvals.Workflows.Expressions;
using Approvals.Workflows.Runtime;
using Approvals.Workflows.Tests.Support;

namespace Approvals.Workflows.Tests;

/// <summary>A task opens with its title and description rendered in each language; older JavaScript titles still run.</summary>
public sealed class TaskTitleTests
{
    private readonly TestEngine _engine = new();

    private CompiledWorkflow OneTask(JsonNode title) => _engine.Compile(new FlowchartBuilder()
        .Activity("start", "Start")
        .Activity("review", "HumanTask", new JsonObject { ["title"] = title, ["role"] = "Reviewer", ["outcomes"] = new JsonArray("Approve") })
        .Activity("end", "End")
        .Connect("start", "review").Connect("review", "end", "Approve")
        .Build());

    [Fact]
    public async Task A_title_per_language_opens_the_task_with_the_case_number_in_each_language()
    {
        var workflow = OneTask(JsonNode.Parse("""{ "zh-CN": "初审 {{ input.caseNumber }}", "en": "First review {{ input.caseNumber }}" }""")!);

        var started = await _engine.StartAsync(workflow, new JsonObject { ["caseNumber"] = "SQ-9" });

        var title = TaskTexts.Read(started.State.Bookmarks.Single().Payload[HumanTaskActivity.Title]);
        Assert.Equal(("初审 SQ-9", "First review SQ-9"), (title!.ZhCn, title.En));
    }

    [Fact]
    public async Task An_older_JavaScript_title_still_runs_and_reads_the_same_in_both_languages()
    {
        var workflow = OneTask(InputValue.Expression("'审核申请 Review application ' + input.caseNumber"));

        var started = await _engine.StartAsync(workflow, new JsonObject { ["caseNumber"] = "SQ-9" });

        var title = TaskTexts.Read(started.State.Bookmarks.Single().Payload[HumanTaskActivity.Title]);
        Assert.Equal(("审核申请 Review application SQ-9", "审核申请 Review application SQ-9"), (title!.ZhCn, title.En));
    }
}
