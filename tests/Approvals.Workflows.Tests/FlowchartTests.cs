using System.Text.Json.Nodes;
using Approvals.Workflows.Runtime;
using Approvals.Workflows.Tests.Support;

namespace Approvals.Workflows.Tests;

/// <summary>
/// Runs every flowchart under Flowcharts/ and checks its top-level "expect" field (kept by the model as an
/// unknown field): input, resume stimuli by activity id, the path of executed/resumed activities, the final
/// status, journal notes, public status, variables, activities whose bookmark was cancelled and an incident message.
/// </summary>
public sealed class FlowchartTests
{
    public static TheoryData<string> Flowcharts() => JsonCases.In("Flowcharts");

    [Theory]
    [MemberData(nameof(Flowcharts))]
    public async Task Flowchart_runs_as_its_expectation_says(string name)
    {
        var engine = new TestEngine();
        var json = await JsonCases.ReadAsync("Flowcharts", name);
        var workflow = engine.Compile(json);
        var expect = JsonNode.Parse(workflow.Definition.Extra!["expect"].GetRawText())!.AsObject();

        var journal = new List<JournalEntry>();
        var effects = new List<WorkflowEffect>();
        var result = await engine.StartAsync(workflow, expect["input"]?.AsObject());
        Collect(result);
        foreach (var resume in expect["resume"]?.AsArray() ?? [])
        {
            var stimulus = new ResumeStimulus((string?)resume!["outcome"], resume["data"]?.AsObject(), (string?)resume["actor"], (string?)resume["comment"]);
            result = await engine.ResumeAsync(workflow, result.State, (string)resume["activity"]!, stimulus);
            Collect(result);
        }

        var state = result.State;
        Assert.Equal(Enum.Parse<WorkflowStatus>((string)expect["status"]!), state.Status);
        if (expect["path"] is JsonArray path)
        {
            var walked = journal.Where(j => j.Event is JournalEvent.Executed or JournalEvent.Resumed).Select(j => j.ActivityId);
            Assert.Equal(path.Select(p => (string)p!), walked);
        }
        if (expect["notes"] is JsonArray notes)
            Assert.Equal(notes.Select(n => (string)n!), journal.Where(j => j.Event == JournalEvent.Note).Select(j => j.Message));
        if (expect["publicStatus"] is JsonValue publicStatus)
            Assert.Equal((string)publicStatus!, state.PublicStatus);
        foreach (var (variable, value) in expect["variables"]?.AsObject() ?? [])
            Assert.True(JsonNode.DeepEquals(value, state.Variables[variable]), $"variable {variable}: expected {value?.ToJsonString()}, got {state.Variables[variable]?.ToJsonString()}");
        if (expect["cancelled"] is JsonArray cancelled)
        {
            var cancelledActivities = journal.Where(j => j.Event == JournalEvent.BookmarkCancelled).Select(j => j.ActivityId);
            Assert.Equal(cancelled.Select(c => (string)c!), cancelledActivities);
            Assert.Equal(cancelled.Count, effects.OfType<BookmarkCancelled>().Count());
            Assert.Empty(state.Bookmarks);
        }
        if (expect["incident"] is JsonValue incident)
            Assert.Contains((string)incident!, Assert.Single(state.Incidents).Message);
        if (expect["incidentZhCn"] is JsonValue incidentZhCn)
            Assert.Contains((string)incidentZhCn!, Assert.Single(state.Incidents).MessageZhCn);
        if (expect["incident"] is null)
            Assert.Empty(state.Incidents);

        void Collect(ExecutionResult step)
        {
            journal.AddRange(step.Journal);
            effects.AddRange(step.Effects);
        }
    }
}
