using System.Text.Json.Nodes;
using Approvals.Workflows.Serialization;
using Approvals.Workflows.Validation;
using Approvals.Workflows.Tests.Support;

namespace Approvals.Workflows.Tests;

/// <summary>
/// Each flowchart under DueDateBudgets/ states in its "expect" field the statutory limit, the most working days
/// its human tasks' due dates add up to on a path from Start to End, that path, and whether the designer warns
/// (and on which task).
/// </summary>
public sealed class DueDateBudgetTests
{
    public static TheoryData<string> Flowcharts() => JsonCases.In("DueDateBudgets");

    [Theory]
    [MemberData(nameof(Flowcharts))]
    public async Task Due_dates_on_the_longest_path_are_added_up_and_warned_about_beyond_the_limit(string name)
    {
        var definition = WorkflowDefinitionJson.Deserialize(await JsonCases.ReadAsync("DueDateBudgets", name));
        var expect = JsonNode.Parse(definition.Extra!["expect"].GetRawText())!.AsObject();

        var longest = DueDateBudget.LongestPath(definition);
        var warnings = DueDateBudget.Check(definition, (int)expect["limit"]!).ToList();

        Assert.NotNull(longest);
        Assert.Equal((int)expect["longest"]!, longest.Value.WorkingDays);
        Assert.Equal(expect["path"]!.AsArray().Select(p => (string)p!), longest.Value.Path);
        if ((bool)expect["warns"]!)
        {
            var warning = Assert.Single(warnings);
            var over = definition.Root.Activities.FindIndex(a => a.Id == (string)expect["over"]!);
            Assert.Equal($"$.root.activities[{over}].inputs.dueIn", warning.Path);
            Assert.Contains($"{longest.Value.WorkingDays} 个工作日", warning.Text.ZhCn, StringComparison.Ordinal);
            Assert.Contains($"statutory limit of {(int)expect["limit"]!} working days", warning.Text.En, StringComparison.Ordinal);
        }
        else
        {
            Assert.Empty(warnings);
        }
    }

    [Fact]
    public void A_flowchart_whose_start_reaches_no_end_has_no_path_to_add_up()
    {
        var definition = WorkflowDefinitionJson.Deserialize("""
            { "definitionId": "open", "name": "open", "root": { "type": "Flowchart",
              "activities": [ { "id": "start", "type": "Start" }, { "id": "review", "type": "HumanTask", "inputs": { "dueIn": "30wd" } } ],
              "connections": [ { "source": { "activity": "start", "port": "Done" }, "target": { "activity": "review", "port": "In" } } ] } }
            """);

        Assert.Null(DueDateBudget.LongestPath(definition));
        Assert.Empty(DueDateBudget.Check(definition, 20));
    }
}
