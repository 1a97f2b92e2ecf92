using System.Text.Json.Nodes;
using Approvals.Infrastructure.Workflows;
using Approvals.Web.Features.Designer.Model;
using Approvals.Workflows.Models;
using Approvals.Workflows.Runtime;
using Approvals.Workflows.Serialization;
using Approvals.UseCases.Instances;

namespace Approvals.Web.Tests.Designer;

public sealed class ExecutionOverlayTests
{
    // start → review (Approve → approved, Reject → rejected) → end
    private static readonly WorkflowDefinition Definition = WorkflowDefinitionJson.Deserialize("""
        { "definitionId": "d", "name": "d", "root": { "type": "Flowchart",
          "activities": [ { "id": "start", "type": "Start" }, { "id": "review", "type": "HumanTask" },
                          { "id": "approved", "type": "SetStatus" }, { "id": "rejected", "type": "SetStatus" }, { "id": "end", "type": "End" } ],
          "connections": [
            { "source": { "activity": "start", "port": "Done" }, "target": { "activity": "review", "port": "In" } },
            { "source": { "activity": "review", "port": "Approve" }, "target": { "activity": "approved", "port": "In" } },
            { "source": { "activity": "review", "port": "Reject" }, "target": { "activity": "rejected", "port": "In" } },
            { "source": { "activity": "approved", "port": "Done" }, "target": { "activity": "end", "port": "In" } },
            { "source": { "activity": "rejected", "port": "Done" }, "target": { "activity": "end", "port": "In" } } ] } }
        """);

    [Fact]
    public void A_waiting_task_is_waiting_and_only_the_connection_into_it_is_taken()
    {
        var instance = Instance(
            [Entry(1, "", JournalEvent.InstanceStarted), Entry(2, "start", JournalEvent.Executed, "Done"), Entry(3, "review", JournalEvent.Suspended)],
            bookmarks: ["review"]);

        var overlay = ExecutionOverlay.From(Definition, instance);

        Assert.Equal(["start"], overlay.Completed);
        Assert.Equal(["review"], overlay.Waiting);
        Assert.Empty(overlay.Faulted);
        Assert.Equal(["start:Done->review"], overlay.Path);
    }

    [Fact]
    public void An_approved_task_takes_the_Approve_branch_and_not_the_Reject_one()
    {
        var instance = Instance([
            Entry(1, "start", JournalEvent.Executed, "Done"), Entry(2, "review", JournalEvent.Suspended),
            Entry(3, "review", JournalEvent.Resumed, "Approve", "reviewer"), Entry(4, "approved", JournalEvent.Executed, "Done"),
            Entry(5, "end", JournalEvent.Executed), Entry(6, "", JournalEvent.InstanceFinished)]);

        var overlay = ExecutionOverlay.From(Definition, instance);

        Assert.Equal(["start", "review", "approved", "end"], overlay.Completed);
        Assert.Equal(["start:Done->review", "review:Approve->approved", "approved:Done->end"], overlay.Path);
        Assert.Empty(overlay.Waiting);
    }

    [Fact]
    public void An_activity_with_an_open_incident_is_faulted_not_completed()
    {
        var instance = Instance(
            [Entry(1, "start", JournalEvent.Executed, "Done"), Entry(2, "review", JournalEvent.Faulted, message: "boom")],
            incidents: [new IncidentView("i1", "review", "HumanTask", "boom", DateTimeOffset.UnixEpoch, null)]);

        var overlay = ExecutionOverlay.From(Definition, instance);

        Assert.Equal(["review"], overlay.Faulted);
        Assert.DoesNotContain("review", overlay.Completed);
        Assert.Equal(["start:Done->review"], overlay.Path);
    }

    private static JournalView Entry(long sequence, string activityId, JournalEvent kind, string? outcome = null, string? actor = null, string? message = null) =>
        new(sequence, DateTimeOffset.UnixEpoch.AddMinutes(sequence), activityId, "", kind, outcome, actor, message);

    private static InstanceDetails Instance(IReadOnlyList<JournalView> journal, string[]? bookmarks = null, IReadOnlyList<IncidentView>? incidents = null) => new(
        new InstanceSummary("i", "d", 1, null, WorkflowStatus.Running, null, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, null),
        [], [],
        [.. (bookmarks ?? []).Select(a => new BookmarkState("b-" + a, a, "HumanTask", "HumanTask", new JsonObject(), DateTimeOffset.UnixEpoch, null))],
        [], incidents ?? [], journal);
}
