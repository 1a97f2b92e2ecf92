using System.Text.Json.Nodes;
using Approvals.Workflows.Activities;
using Approvals.Workflows.Expressions;
using Approvals.Workflows.Models;
using Approvals.Workflows.Serialization;

namespace Approvals.Workflows.Tests;

public sealed class PerLanguageTests
{
    private const string TwoLanguages = """
        {
          "definitionId": "review",
          "name": "审核",
          "names": { "zh-CN": "审核", "en": "Review" },
          "root": { "type": "Flowchart", "activities": [
            { "id": "first", "type": "HumanTask", "name": "初审", "names": { "zh-CN": "初审", "en": "First review" }, "inputs": {} }
          ], "connections": [] }
        }
        """;

    [Fact]
    public void A_definition_with_names_per_language_shows_each_language_its_own_name_and_saves_them_again()
    {
        var definition = WorkflowDefinitionJson.Deserialize(TwoLanguages);
        var activity = definition.Root.Activities[0];

        Assert.Equal(("审核", "Review"), (definition.NameIn("zh-CN"), definition.NameIn("en-GB")));
        Assert.Equal(("初审", "First review"), (activity.NameIn("zh-CN"), activity.NameIn("en")));
        var saved = JsonNode.Parse(WorkflowDefinitionJson.Serialize(definition))!;
        Assert.Equal("First review", (string)saved["root"]!["activities"]![0]!["names"]!["en"]!);
    }

    [Fact]
    public void An_older_definition_with_one_name_still_loads_and_shows_that_name_in_every_language()
    {
        var definition = WorkflowDefinitionJson.Deserialize("""{ "definitionId": "old", "name": "旧流程", "root": { "activities": [ { "id": "a", "type": "End", "name": "结束" } ] } }""");

        Assert.Equal(("旧流程", "旧流程"), (definition.NameIn("zh-CN"), definition.NameIn("en")));
        Assert.Equal("结束", definition.Root.Activities[0].NameIn("en"));
        Assert.Equal("a", new ActivityModel { Id = "a" }.NameIn("en"));
    }

    [Fact]
    public void A_title_per_language_fills_its_placeholders_in_each_language()
    {
        var title = PerLanguageTemplate.Render(
            JsonNode.Parse("""{ "zh-CN": "审核申请 {{ input.application.number }}", "en": "Review application {{ input.application.number }}" }"""),
            [], new JsonObject { ["application"] = new JsonObject { ["number"] = "SQ-2026-0001" } });

        Assert.Equal(("审核申请 SQ-2026-0001", "Review application SQ-2026-0001"), (title!.ZhCn, title.En));
    }

    [Fact]
    public void A_title_in_one_language_serves_both_and_a_missing_one_is_none()
    {
        var single = PerLanguageTemplate.Render(JsonValue.Create("初审 {{ variables.n }}"), new JsonObject { ["n"] = 3 }, []);
        var chineseOnly = PerLanguageTemplate.Render(JsonNode.Parse("""{ "zh-CN": "初审" }"""), [], []);

        Assert.Equal(("初审 3", "初审 3"), (single!.ZhCn, single.En));
        Assert.Equal("初审", chineseOnly!.En);
        Assert.Null(PerLanguageTemplate.Render(null, [], []));
    }

    [Fact]
    public void A_task_title_stored_before_there_were_languages_reads_the_same_in_both()
    {
        var old = TaskTexts.Read(JsonValue.Create("审核申请 Review application a1"));
        var current = TaskTexts.Read(TaskTexts.Write(new Text.LocalizedText("初审", "First review")));

        Assert.Equal(("审核申请 Review application a1", "审核申请 Review application a1"), (old!.ZhCn, old.En));
        Assert.Equal(("初审", "First review"), (current!.ZhCn, current.En));
    }
}
