using System.Text.Json.Nodes;
using Approvals.Web.Features.Designer.Model;

namespace Approvals.Web.Tests.Designer;

/// <summary>
/// The property panel is rebuilt only when the canvas holds its activity otherwise than the panel shows it, so a
/// canvas change never overwrites what a regulator is typing, yet undo and redo always show on the panel.
/// </summary>
public sealed class PanelActivityTests
{
    private static string Definition(string review) => $$"""
        { "definitionId": "d", "root": { "type": "Flowchart", "activities": [
            { "id": "start", "type": "Start" },
            {{review}}
        ], "connections": [] } }
        """;

    private const string Review = """{ "id": "review", "type": "HumanTask", "name": "初审", "inputs": { "title": "审核" }, "metadata": { "designer": { "position": { "x": 1, "y": 2 } } } }""";

    [Fact]
    public void The_panel_s_own_edits_coming_back_from_the_canvas_are_no_change()
    {
        var panel = new PanelActivity();
        panel.Show(Definition(Review), "review");

        panel.SetInput("role", JsonValue.Create("Reviewer"));
        panel.SetInput("title", null);
        panel.Rename("复审");

        Assert.False(panel.ChangedIn(Definition("""{ "id": "review", "type": "HumanTask", "name": "复审", "names": { "zh-CN": "复审" }, "inputs": { "role": "Reviewer" }, "metadata": { "designer": { "position": { "x": 1, "y": 2 } } } }"""), "review"));
    }

    [Fact]
    public void An_English_name_from_the_panel_is_the_names_en_the_canvas_writes_and_leaves_the_Chinese_name_alone()
    {
        var panel = new PanelActivity();
        panel.Show(Definition(Review), "review");

        panel.Rename("First review", "en");

        Assert.False(panel.ChangedIn(Definition("""{ "id": "review", "type": "HumanTask", "name": "初审", "names": { "en": "First review" }, "inputs": { "title": "审核" }, "metadata": { "designer": { "position": { "x": 1, "y": 2 } } } }"""), "review"));
    }

    [Fact]
    public void Moving_the_activity_or_editing_another_is_no_change()
    {
        var panel = new PanelActivity();
        panel.Show(Definition(Review), "review");

        Assert.False(panel.ChangedIn(Definition(Review.Replace("\"x\": 1", "\"x\": 300")), "review"));
        Assert.False(panel.ChangedIn(Definition(Review).Replace("{ \"id\": \"start\", \"type\": \"Start\" }", "{ \"id\": \"start\", \"type\": \"Start\", \"name\": \"提交\" }"), "review"));
    }

    [Fact]
    public void An_undo_of_the_panel_s_edit_is_a_change()
    {
        var panel = new PanelActivity();
        panel.Show(Definition(Review), "review");
        panel.SetInput("role", JsonValue.Create("Reviewer"));

        Assert.True(panel.ChangedIn(Definition(Review), "review"));
    }

    [Fact]
    public void An_activity_selected_before_the_canvas_reported_it_is_shown_once_it_arrives()
    {
        var panel = new PanelActivity();
        panel.Show(Definition(Review), "pasted");

        Assert.True(panel.ChangedIn(Definition(Review.Replace("\"review\"", "\"pasted\"")), "pasted"));
        Assert.False(new PanelActivity().ChangedIn(Definition(Review), null));
    }
}
