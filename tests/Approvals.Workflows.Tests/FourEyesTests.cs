using System.Text.Json.Nodes;
using Approvals.Workflows.Runtime;
using Approvals.Workflows.Tests.Support;

namespace Approvals.Workflows.Tests;

public sealed class FourEyesTests
{
    private readonly TestEngine _engine = new();

    private CompiledWorkflow TwoApprovals() => _engine.Compile(new FlowchartBuilder()
        .Activity("start", "Start")
        .Activity("review", "HumanTask", new JsonObject { ["title"] = "Review", ["role"] = "Reviewer", ["outcomes"] = new JsonArray("Approve") })
        .Activity("second", "HumanTask", new JsonObject { ["title"] = "Second", ["role"] = "Reviewer", ["outcomes"] = new JsonArray("Approve"), ["excludeActorsOf"] = new JsonArray("review") })
        .Activity("end", "End")
        .Connect("start", "review").Connect("review", "second", "Approve").Connect("second", "end", "Approve")
        .Build());

    [Fact]
    public async Task The_actor_of_an_excluded_task_cannot_complete_the_second_and_nothing_changes()
    {
        var workflow = TwoApprovals();
        var started = await _engine.StartAsync(workflow);
        var reviewed = await _engine.ResumeAsync(workflow, started.State, "review", new ResumeStimulus("Approve", Actor: "alice"));
        Assert.Equal(new JsonArray("alice").ToJsonString(), reviewed.State.Bookmarks.Single().Payload["excludedActors"]!.ToJsonString());

        var refused = await Assert.ThrowsAsync<ActorExcludedRefusal>(async () =>
            await _engine.ResumeAsync(workflow, reviewed.State, "second", new ResumeStimulus("Approve", Actor: "alice")));
        Assert.Equal("“alice”已办理过本案件的前一环节，任务“second”须由其他人员办理。", refused.Text.ZhCn);
        Assert.Equal("second", Assert.Single(reviewed.State.Bookmarks).ActivityId);

        var approved = await _engine.ResumeAsync(workflow, reviewed.State, "second", new ResumeStimulus("Approve", Actor: "bob"));
        Assert.Equal(WorkflowStatus.Finished, approved.State.Status);
    }
}
