using System.Text.Json.Nodes;
using Approvals.Workflows.Runtime;
using Approvals.Workflows.Tests.Support;

namespace Approvals.Workflows.Tests;

/// <summary>
/// Four eyes in the engine: a task declares on its bookmark who may not work it, the actors of the tasks it names in
/// <c>excludeActorsOf</c>. Refusing them is the host's (it knows the caller; see the runtime's claim and completion).
/// </summary>
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
    public async Task The_second_task_declares_the_actor_of_the_first_as_excluded_when_it_opens()
    {
        var workflow = TwoApprovals();
        var started = await _engine.StartAsync(workflow);

        var reviewed = await _engine.ResumeAsync(workflow, started.State, "review", new ResumeStimulus("Approve", Actor: "alice"));

        Assert.Equal("[]", started.State.Bookmarks.Single().Payload["excludedActors"]!.ToJsonString());
        Assert.Equal(new JsonArray("alice").ToJsonString(), reviewed.State.Bookmarks.Single().Payload["excludedActors"]!.ToJsonString());
    }

    [Fact]
    public async Task Another_actor_completes_the_second_task_and_the_flow_finishes()
    {
        var workflow = TwoApprovals();
        var started = await _engine.StartAsync(workflow);
        var reviewed = await _engine.ResumeAsync(workflow, started.State, "review", new ResumeStimulus("Approve", Actor: "alice"));

        var approved = await _engine.ResumeAsync(workflow, reviewed.State, "second", new ResumeStimulus("Approve", Actor: "bob"));

        Assert.Equal(WorkflowStatus.Finished, approved.State.Status);
        Assert.Equal("bob", (string)approved.State.Variables["second"]!["actor"]!);
    }
}
