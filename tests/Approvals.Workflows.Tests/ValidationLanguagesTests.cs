using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Approvals.Workflows.Models;
using Approvals.Workflows.Tests.Support;
using static Approvals.Workflows.Tests.Support.FlowchartBuilder;

namespace Approvals.Workflows.Tests;

/// <summary>
/// Every validation rule speaks both languages of the designer: a regulator in the Chinese UI reads Chinese,
/// one in the English UI reads English. One definition per rule; each must be reported, in both.
/// </summary>
public sealed partial class ValidationLanguagesTests
{
    private readonly TestEngine _engine = new();

    private static FlowchartBuilder StartToEnd() => new FlowchartBuilder().Activity("start", "Start").Activity("end", "End").Connect("start", "end");

    private static FlowchartBuilder WithActivity(string type, JsonObject inputs) =>
        StartToEnd().Activity("a", type, inputs).Connect("start", "a");

    private static FlowchartBuilder Task(JsonObject inputs)
    {
        inputs["title"] = "T";
        inputs["role"] = "Reviewer";
        inputs["outcomes"] ??= new JsonArray("Approve");
        return StartToEnd().Activity("task", "HumanTask", inputs).Connect("start", "task").Connect("task", "end", "Approve");
    }

    private static readonly Dictionary<string, Func<WorkflowDefinition>> BadDefinitions = new()
    {
        ["no definition id"] = () => { var d = StartToEnd().Build(); d.DefinitionId = ""; return d; },
        ["no name"] = () => { var d = StartToEnd().Build(); d.Name = ""; return d; },
        ["unnamed variable"] = () => StartToEnd().Variable("", 1).Build(),
        ["variable declared twice"] = () => StartToEnd().Variable("x", 1).Variable("x", 2).Build(),
        ["activity without id"] = () => StartToEnd().Activity("", "End").Build(),
        ["activity id used twice"] = () => StartToEnd().Activity("end", "End").Build(),
        ["unknown type"] = () => StartToEnd().Activity("x", "Teleport").Connect("start", "x").Build(),
        ["missing required input"] = () => WithActivity("SetStatus", []).Build(),
        ["expression where a literal is required"] = () => Task(new JsonObject { ["reminders"] = Js("[]"), ["dueIn"] = "1wd" }).Build(),
        ["expression that does not compile"] = () => WithActivity("Decision", new JsonObject { ["condition"] = Js("a >") }).Connect("a", "end", "True").Connect("a", "end", "False").Build(),
        ["string expected"] = () => Task(new JsonObject { ["description"] = 42 }).Build(),
        ["boolean expected"] = () => WithActivity("SendEmail", new JsonObject { ["to"] = "x@example.test", ["subject"] = "S", ["isHtml"] = "yes" }).Build(),
        ["duration expected"] = () => WithActivity("Delay", new JsonObject { ["duration"] = "soon" }).Build(),
        ["choice expected"] = () => StartToEnd().Activity("join", "Join", new JsonObject { ["mode"] = "WaitSome" }).Connect("start", "join").Connect("end", "join").Build(),
        ["string list expected"] = () => Task(new JsonObject { ["outcomes"] = JsonNode.Parse("[\"Approve\", 3]") }).Build(),
        ["json expected"] = () => Task(new JsonObject { ["formFields"] = "name" }).Build(),
        ["connection from an unknown activity"] = () => StartToEnd().Connect("ghost", "end").Build(),
        ["connection to an unknown activity"] = () => StartToEnd().Connect("start", "ghost").Build(),
        ["unknown outcome"] = () => StartToEnd().Connect("start", "end", "Maybe").Build(),
        ["outcome of an activity without outcomes"] = () => StartToEnd().Activity("after", "End").Connect("end", "after").Build(),
        ["target port other than In"] = () => { var d = StartToEnd().Build(); d.Root.Connections[0].Target.Port = "Side"; return d; },
        ["no start"] = () => new FlowchartBuilder().Activity("end", "End").Build(),
        ["two starts"] = () => StartToEnd().Activity("again", "Start").Build(),
        ["unreachable activity"] = () => StartToEnd().Activity("island", "End").Build(),
        ["outcome leading nowhere"] = () => WithActivity("Decision", new JsonObject { ["condition"] = Js("true") }).Connect("a", "end", "True").Build(),
        ["join with one input"] = () => new FlowchartBuilder().Activity("start", "Start").Activity("join", "Join").Connect("start", "join").Build(),
        ["join whose inputs exclude each other"] = () => new FlowchartBuilder()
            .Activity("start", "Start").Activity("check", "Decision", new JsonObject { ["condition"] = Js("true") })
            .Activity("yes", "SetStatus", new JsonObject { ["status"] = "Y" }).Activity("no", "SetStatus", new JsonObject { ["status"] = "N" })
            .Activity("join", "Join")
            .Connect("start", "check").Connect("check", "yes", "True").Connect("check", "no", "False").Connect("yes", "join").Connect("no", "join")
            .Build(),
        ["join input that never arrives"] = () => new FlowchartBuilder()
            .Activity("start", "Start").Activity("island", "SetStatus", new JsonObject { ["status"] = "I" }).Activity("join", "Join")
            .Connect("start", "join").Connect("island", "join")
            .Build(),
        ["task without outcomes"] = () => WithActivity("HumanTask", new JsonObject { ["title"] = "T", ["role"] = "R", ["outcomes"] = new JsonArray() }).Build(),
        ["form fields not an array"] = () => Task(new JsonObject { ["formFields"] = new JsonObject() }).Build(),
        ["form field without a name"] = () => Task(new JsonObject { ["formFields"] = JsonNode.Parse("[{ \"label\": \"No name\" }]") }).Build(),
        ["select field without options"] = () => Task(new JsonObject { ["formFields"] = JsonNode.Parse("[{ \"name\": \"verdict\", \"type\": \"select\" }]") }).Build(),
        ["form field of an unknown type"] = () => Task(new JsonObject { ["formFields"] = JsonNode.Parse("[{ \"name\": \"photo\", \"type\": \"file\" }]") }).Build(),
        ["cases not an array"] = () => WithActivity("Switch", new JsonObject { ["cases"] = new JsonObject() }).Build(),
        ["case without a condition"] = () => WithActivity("Switch", new JsonObject { ["cases"] = JsonNode.Parse("[{ \"name\": \"A\" }]") }).Build(),
        ["case named Default"] = () => WithActivity("Switch", new JsonObject { ["cases"] = JsonNode.Parse("[{ \"name\": \"Default\", \"condition\": \"true\" }]") }).Build(),
        ["case condition that does not compile"] = () => WithActivity("Switch", new JsonObject { ["cases"] = JsonNode.Parse("[{ \"name\": \"A\", \"condition\": \"(((\" }]") }).Build(),
        ["mail without subject or template"] = () => WithActivity("SendEmail", new JsonObject { ["to"] = "x@example.test" }).Build(),
        ["mail template the host does not have"] = () => WithActivity("SendEmail", new JsonObject { ["to"] = "x@example.test", ["template"] = "nope" }).Build(),
        ["reminders without a time limit"] = () => Task(new JsonObject { ["reminders"] = new JsonArray("50%") }).Build(),
        ["reminder that is not an offset"] = () => Task(new JsonObject { ["dueIn"] = "5wd", ["reminders"] = new JsonArray("soon") }).Build(),
        ["escalation without a time limit"] = () => Task(new JsonObject { ["escalation"] = JsonNode.Parse("{ \"action\": \"TakeOutcome\", \"outcome\": \"Approve\" }") }).Build(),
        ["escalation not an object"] = () => Task(new JsonObject { ["dueIn"] = "5wd", ["escalation"] = new JsonArray() }).Build(),
        ["unknown escalation action"] = () => Task(new JsonObject { ["dueIn"] = "5wd", ["escalation"] = JsonNode.Parse("{ \"action\": \"Shout\" }") }).Build(),
        ["escalation to no role"] = () => Task(new JsonObject { ["dueIn"] = "5wd", ["escalation"] = JsonNode.Parse("{ \"action\": \"NotifyRole\" }") }).Build(),
        ["escalation with an empty outcome"] = () => Task(new JsonObject { ["dueIn"] = "5wd", ["escalation"] = JsonNode.Parse("{ \"action\": \"TakeOutcome\", \"outcome\": \" \" }") }).Build(),
        ["escalation to an undeclared outcome"] = () => Task(new JsonObject { ["dueIn"] = "5wd", ["escalation"] = JsonNode.Parse("{ \"action\": \"TakeOutcome\", \"outcome\": \"Late\" }") }).Build(),
    };

    public static TheoryData<string> Rules => [.. BadDefinitions.Keys];

    [Theory]
    [MemberData(nameof(Rules))]
    public void Each_problem_is_said_in_Chinese_and_in_English(string rule)
    {
        var errors = _engine.Loader.Validate(BadDefinitions[rule]());

        Assert.NotEmpty(errors);
        Assert.All(errors, e =>
        {
            Assert.True(Chinese().IsMatch(e.MessageFor("zh-CN")), $"{e.Path}: '{e.MessageFor("zh-CN")}' has no Chinese");
            Assert.False(Chinese().IsMatch(e.MessageFor("en")), $"{e.Path}: '{e.MessageFor("en")}' is not English");
            Assert.Equal(e.Message, e.MessageFor("en"));
        });
    }

    [Fact]
    public void Malformed_json_is_said_in_both_languages_with_the_line_and_position()
    {
        var error = Assert.Single(_engine.Loader.Load("{\n  \"name\": oops\n}").Errors);

        Assert.StartsWith("JSON 格式错误，第 2 行第 11 列：", error.MessageFor("zh-CN"), StringComparison.Ordinal);
        Assert.StartsWith("Malformed JSON at line 2, position 11: ", error.MessageFor("en"), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();
}
