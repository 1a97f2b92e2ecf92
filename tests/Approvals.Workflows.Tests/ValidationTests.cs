using System.Text.Json.Nodes;
using Approvals.Workflows.Models;
using Approvals.Workflows.Tests.Support;
using Approvals.Workflows.Validation;
using static Approvals.Workflows.Tests.Support.FlowchartBuilder;

namespace Approvals.Workflows.Tests;

public sealed class ValidationTests
{
    private readonly TestEngine _engine = new();

    private static FlowchartBuilder StartToEnd() => new FlowchartBuilder().Activity("start", "Start").Activity("end", "End").Connect("start", "end");

    private IReadOnlyList<ValidationError> Validate(WorkflowDefinition definition) => _engine.Loader.Validate(definition);

    private static void AssertError(IReadOnlyList<ValidationError> errors, string path, string messagePart) =>
        Assert.Contains(errors, e => e.Path == path && e.Message.Contains(messagePart, StringComparison.Ordinal));

    [Fact]
    public void A_minimal_flow_is_valid_and_compiles()
    {
        var definition = StartToEnd().Build();

        Assert.Empty(Validate(definition));
        Assert.Same(definition, _engine.Loader.Compile(definition).Definition);
    }

    [Fact]
    public void Missing_definition_id_and_name_are_reported()
    {
        var definition = StartToEnd().Build();
        definition.DefinitionId = "";
        definition.Name = " ";

        var errors = Validate(definition);

        AssertError(errors, "$.definitionId", "definitionId");
        AssertError(errors, "$.name", "name");
    }

    [Fact]
    public void Unknown_activity_type_lists_the_known_types()
    {
        var errors = Validate(StartToEnd().Activity("x", "Teleport").Connect("start", "x").Build());

        AssertError(errors, "$.root.activities[2].type", "Unknown activity type 'Teleport'. Known types: Decision, Delay, End, Fork, HumanTask, Join");
    }

    [Fact]
    public void Missing_required_input_is_reported_at_the_input()
    {
        var errors = Validate(StartToEnd().Activity("status", "SetStatus").Connect("start", "status").Build());

        AssertError(errors, "$.root.activities[2].inputs.status", "needs input 'status'");
    }

    [Theory]
    [InlineData("Delay", "duration", "\"soon\"", "is not a duration")]
    [InlineData("SendEmail", "isHtml", "\"yes\"", "must be true or false")]
    [InlineData("Join", "mode", "\"WaitSome\"", "must be one of: WaitAll, WaitAny")]
    [InlineData("HumanTask", "outcomes", "[\"Approve\", 3]", "must be an array of strings")]
    [InlineData("HumanTask", "title", "42", "must be a text or a text per language")]
    [InlineData("Switch", "cases", "[{ \"name\": \"A\" }]", "A case must be an object")]
    [InlineData("HumanTask", "formFields", "[{ \"label\": \"No name\" }]", "string 'name'")]
    [InlineData("HumanTask", "formFields", "\"amount\"", "must be a JSON array or object")]
    [InlineData("Switch", "cases", "5", "must be a JSON array or object")]
    [InlineData("HumanTask", "escalation", "\"TakeOutcome\"", "must be a JSON array or object")]
    public void Ill_typed_literal_input_is_reported(string type, string input, string literal, string messagePart)
    {
        var inputs = new JsonObject { [input] = JsonNode.Parse(literal) };
        var errors = Validate(StartToEnd().Activity("a", type, inputs).Connect("start", "a").Build());

        Assert.Contains(errors, e => e.Path.StartsWith($"$.root.activities[2].inputs.{input}", StringComparison.Ordinal) && e.Message.Contains(messagePart, StringComparison.Ordinal));
    }

    [Fact]
    public void Duplicate_and_empty_activity_ids_are_reported()
    {
        var errors = Validate(StartToEnd().Activity("end", "End").Activity("", "End").Build());

        AssertError(errors, "$.root.activities[2].id", "'end' is used twice");
        AssertError(errors, "$.root.activities[3].id", "needs an id");
    }

    [Fact]
    public void Connections_to_and_from_unknown_activities_and_ports_are_reported()
    {
        var definition = StartToEnd()
            .Activity("check", "Decision", new JsonObject { ["condition"] = Js("true") })
            .Connect("start", "check")
            .Connect("ghost", "end")
            .Connect("check", "nowhere", "True")
            .Connect("check", "end", "Maybe")
            .Connect("check", "end", "False")
            .Build();
        definition.Root.Connections[5].Target.Port = "Side";

        var errors = Validate(definition);

        AssertError(errors, "$.root.connections[2].source.activity", "unknown activity 'ghost'");
        AssertError(errors, "$.root.connections[3].target.activity", "unknown activity 'nowhere'");
        AssertError(errors, "$.root.connections[4].source.port", "has no outcome 'Maybe'; its outcomes are: True, False");
        AssertError(errors, "$.root.connections[5].target.port", "must be 'In'");
    }

    [Fact]
    public void Dynamic_ports_of_switch_cases_and_task_outcomes_are_known()
    {
        var definition = StartToEnd()
            .Activity("route", "Switch", new JsonObject { ["cases"] = JsonNode.Parse("""[{ "name": "High", "condition": "true" }]""") })
            .Activity("task", "HumanTask", new JsonObject { ["title"] = "T", ["role"] = "R", ["outcomes"] = new JsonArray("Done") })
            .Connect("start", "route").Connect("route", "task", "High").Connect("route", "end", "Default").Connect("task", "end", "Done")
            .Build();

        Assert.Empty(Validate(definition));
    }

    [Fact]
    public void No_start_and_two_starts_are_reported()
    {
        Assert.Contains(Validate(new FlowchartBuilder().Activity("end", "End").Build()), e => e.Path == "$.root.activities" && e.Message.Contains("needs a Start"));
        AssertError(Validate(StartToEnd().Activity("again", "Start").Build()), "$.root.activities[2]", "more than one Start");
    }

    [Fact]
    public void Activity_unreachable_from_start_is_reported()
    {
        var errors = Validate(StartToEnd().Activity("island", "End").Build());

        AssertError(errors, "$.root.activities[2]", "'island' cannot be reached from Start");
    }

    [Fact]
    public void Decision_with_a_dangling_outcome_is_reported()
    {
        var errors = Validate(StartToEnd().Activity("check", "Decision", new JsonObject { ["condition"] = Js("true") })
            .Connect("start", "check").Connect("check", "end", "True").Build());

        AssertError(errors, "$.root.activities[2]", "Outcome 'False' of activity 'check' leads nowhere");
    }

    [Fact]
    public void WaitAll_join_after_the_two_ports_of_a_decision_can_never_fire()
    {
        var errors = Validate(new FlowchartBuilder()
            .Activity("start", "Start")
            .Activity("check", "Decision", new JsonObject { ["condition"] = Js("true") })
            .Activity("yes", "SetStatus", new JsonObject { ["status"] = "Y" })
            .Activity("no", "SetStatus", new JsonObject { ["status"] = "N" })
            .Activity("join", "Join")
            .Connect("start", "check").Connect("check", "yes", "True").Connect("check", "no", "False")
            .Connect("yes", "join").Connect("no", "join")
            .Build());

        AssertError(errors, "$.root.activities[4]", "needs outcome 'True' of 'check' while the input from 'no' needs 'False'");
    }

    [Fact]
    public void WaitAll_join_after_a_fork_inside_one_decision_branch_is_valid()
    {
        var definition = new FlowchartBuilder()
            .Activity("start", "Start")
            .Activity("check", "Decision", new JsonObject { ["condition"] = Js("true") })
            .Activity("fork", "Fork", new JsonObject { ["branches"] = new JsonArray("a", "b") })
            .Activity("a", "SetStatus", new JsonObject { ["status"] = "A" })
            .Activity("b", "SetStatus", new JsonObject { ["status"] = "B" })
            .Activity("join", "Join")
            .Activity("end", "End")
            .Connect("start", "check").Connect("check", "fork", "True").Connect("check", "end", "False")
            .Connect("fork", "a", "a").Connect("fork", "b", "b").Connect("a", "join").Connect("b", "join").Connect("join", "end")
            .Build();

        Assert.Empty(Validate(definition));
    }

    [Fact]
    public void Join_with_one_incoming_connection_is_reported()
    {
        var errors = Validate(new FlowchartBuilder().Activity("start", "Start").Activity("join", "Join").Connect("start", "join").Build());

        AssertError(errors, "$.root.activities[1]", "needs at least two incoming connections; it has 1");
    }

    [Fact]
    public void Expression_that_does_not_compile_is_reported_with_the_parser_text()
    {
        var errors = Validate(StartToEnd()
            .Activity("check", "Decision", new JsonObject { ["condition"] = Js("variables.amount >") })
            .Activity("route", "Switch", new JsonObject { ["cases"] = JsonNode.Parse("""[{ "name": "A", "condition": "(((" }]""") })
            .Connect("start", "check").Connect("check", "route", "True").Connect("check", "end", "False").Connect("route", "end", "A").Connect("route", "end", "Default")
            .Build());

        AssertError(errors, "$.root.activities[2].inputs.condition", "the expression does not compile: ");
        AssertError(errors, "$.root.activities[3].inputs.cases[0].condition", "the expression does not compile: ");
    }

    [Fact]
    public void Duplicated_variable_names_are_reported()
    {
        var errors = Validate(StartToEnd().Variable("x", 1).Variable("x", 2).Build());

        AssertError(errors, "$.variables[1].name", "'x' is declared twice");
    }

    [Fact]
    public void A_definition_with_many_problems_reports_all_of_them()
    {
        var definition = new FlowchartBuilder()
            .Activity("start", "Start")
            .Activity("start", "Start")
            .Activity("x", "Teleport")
            .Activity("status", "SetStatus")
            .Connect("start", "ghost")
            .Build();
        definition.DefinitionId = "";

        var errors = Validate(definition);

        Assert.Equal(
            ["$.definitionId", "$.root.activities[1].id", "$.root.activities[2].type", "$.root.activities[3].inputs.status", "$.root.connections[0].target.activity", "$.root.activities[3]"],
            errors.Select(e => e.Path));
    }

    [Fact]
    public void Malformed_json_reports_the_line_and_position()
    {
        var result = _engine.Loader.Load("{\n  \"definitionId\": \"x\",\n  \"name\": oops\n}");

        Assert.Null(result.Definition);
        var error = Assert.Single(result.Errors);
        Assert.Contains("line 3, position 11", error.Message);
    }

    [Fact]
    public void Compiling_an_invalid_definition_throws_with_the_problems()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => _engine.Loader.Compile(new FlowchartBuilder().Activity("end", "End").Build()));

        Assert.Contains("needs a Start", ex.Message);
    }
}
