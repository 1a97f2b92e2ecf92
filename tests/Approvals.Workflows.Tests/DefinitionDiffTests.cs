using System.Text.Json.Nodes;
using Approvals.Workflows.Diff;
using Approvals.Workflows.Models;
using Approvals.Workflows.Tests.Support;

namespace Approvals.Workflows.Tests;

public sealed class DefinitionDiffTests
{
    private static WorkflowDefinition Version1() => new FlowchartBuilder()
        .Activity("start", "Start")
        .Activity("review", "HumanTask", new JsonObject { ["title"] = "Review", ["role"] = "Reviewer", ["dueIn"] = "5wd" })
        .Activity("end", "End")
        .Connect("start", "review")
        .Connect("review", "end", "Approve")
        .Connect("review", "end", "Reject")
        .Build();

    [Fact]
    public void Identical_versions_have_no_difference()
    {
        var diff = DefinitionDiff.Compare(Version1(), Version1());

        Assert.True(diff.IsEmpty);
        Assert.Empty(diff.MovedActivities);
    }

    [Fact]
    public void An_activity_added_and_one_removed_are_listed_with_type_and_name()
    {
        var after = Version1();
        after.Root.Activities.RemoveAll(a => a.Id == "end");
        after.Root.Activities.Add(new ActivityModel { Id = "notify", Type = "SendEmail", Name = "通知" });

        var diff = DefinitionDiff.Compare(Version1(), after);

        Assert.Equal(new ActivitySummary("notify", "SendEmail", "通知"), Assert.Single(diff.AddedActivities));
        Assert.Equal("end", Assert.Single(diff.RemovedActivities).Id);
        Assert.False(diff.IsEmpty);
    }

    [Fact]
    public void Changed_inputs_are_listed_per_activity_with_before_and_after()
    {
        var after = Version1();
        var review = after.Root.Activities.Single(a => a.Id == "review");
        review.Inputs["dueIn"] = "3wd";
        review.Inputs.Remove("role");
        review.Inputs["district"] = FlowchartBuilder.Js("input.district");
        review.Name = "初审";

        var change = Assert.Single(DefinitionDiff.Compare(Version1(), after).ChangedActivities);

        Assert.Equal("review", change.Activity.Id);
        Assert.Equal(["name", "inputs.role", "inputs.dueIn", "inputs.district"], change.Changes.Select(c => c.Property));
        var dueIn = change.Changes.Single(c => c.Property == "inputs.dueIn");
        Assert.Equal("5wd", dueIn.Before!.GetValue<string>());
        Assert.Equal("3wd", dueIn.After!.GetValue<string>());
        Assert.Null(change.Changes.Single(c => c.Property == "inputs.role").After);
        Assert.Null(change.Changes.Single(c => c.Property == "inputs.district").Before);
    }

    [Fact]
    public void Connections_added_and_removed_are_listed_by_what_they_join()
    {
        var after = Version1();
        after.Root.Connections.RemoveAll(c => c.Source.Port == "Reject");
        after.Root.Connections.Add(new ConnectionModel
        {
            Source = new ConnectionEndpoint { Activity = "review", Port = "RequestCorrections" },
            Target = new ConnectionEndpoint { Activity = "start", Port = "In" },
        });

        var diff = DefinitionDiff.Compare(Version1(), after);

        Assert.Equal(new ConnectionKey("review", "RequestCorrections", "start", "In"), Assert.Single(diff.AddedConnections));
        var removed = Assert.Single(diff.RemovedConnections);
        Assert.Equal("review:Reject->end", removed.CanvasKey);
        Assert.Empty(diff.ChangedActivities);
    }

    [Fact]
    public void Moving_a_node_is_a_layout_change_not_a_change_of_the_procedure()
    {
        var before = Version1();
        var after = Version1();
        before.Root.Activities[1].Metadata = Position(100, 200);
        after.Root.Activities[1].Metadata = Position(300, 200);

        var diff = DefinitionDiff.Compare(before, after);

        Assert.True(diff.IsEmpty);
        Assert.Equal(["review"], diff.MovedActivities);
    }

    [Fact]
    public void Other_metadata_than_the_position_counts_as_a_change()
    {
        var after = Version1();
        after.Root.Activities[0].Metadata = new JsonObject { ["designer"] = new JsonObject { ["color"] = "red" } };

        var change = Assert.Single(DefinitionDiff.Compare(Version1(), after).ChangedActivities);

        Assert.Equal("metadata", Assert.Single(change.Changes).Property);
    }

    [Fact]
    public void A_changed_type_is_reported()
    {
        var after = Version1();
        after.Root.Activities[2].Type = "SetStatus";

        var change = Assert.Single(DefinitionDiff.Compare(Version1(), after).ChangedActivities);

        Assert.Equal("type", change.Changes[0].Property);
        Assert.Equal("End", change.Changes[0].Before!.GetValue<string>());
        Assert.Equal("SetStatus", change.Changes[0].After!.GetValue<string>());
    }

    private static JsonObject Position(int x, int y) =>
        new() { ["designer"] = new JsonObject { ["position"] = new JsonObject { ["x"] = x, ["y"] = y } } };
}
