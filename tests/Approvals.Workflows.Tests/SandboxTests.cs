using System.Diagnostics;
using System.Text.Json.Nodes;
using Approvals.Workflows.Runtime;
using Approvals.Workflows.Tests.Support;

namespace Approvals.Workflows.Tests;

public sealed class SandboxTests
{
    private readonly TestEngine _engine = new();

    // The recursion and memory limits are asserted with a generous time limit, so that a busy machine
    // cannot make the clock trip first.
    private readonly TestEngine _patientEngine = new(o => o.Expressions.Timeout = TimeSpan.FromSeconds(30));

    private JsonNode? Run(string script) => Run(_engine, script);

    private static JsonNode? Run(TestEngine engine, string script) =>
        engine.Expressions.Evaluate("JavaScript", script, new JsonObject { ["amount"] = 1500 }, new JsonObject { ["name"] = "Li" }, CancellationToken.None);

    [Fact]
    public void An_endless_loop_is_stopped_well_under_a_second()
    {
        var clock = Stopwatch.StartNew();

        var ex = Assert.Throws<ExpressionException>(() => Run("while (true) {}"));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"took {clock.Elapsed}");
        Assert.Matches("timed out after 250 ms|more than 100000 statements", ex.Message);
    }

    [Theory]
    [InlineData("/^(a+)+$/.test('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!')")]
    [InlineData("'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!'.replace(/^(a|aa)+$/, 'x')")]
    public void A_catastrophically_backtracking_regex_is_stopped_by_the_expression_time_budget(string script)
    {
        // Without the budget the match runs for minutes (Jint's own regex limit is ten seconds).
        var clock = Stopwatch.StartNew();

        var ex = Assert.Throws<ExpressionException>(() => Run(script));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.Contains("timed out after 250 ms", ex.Message);
    }

    [Fact]
    public void Deep_recursion_is_stopped()
    {
        var ex = Assert.Throws<ExpressionException>(() => Run(_patientEngine, "function f(n) { return f(n + 1); } f(0)"));

        Assert.Contains("recursed deeper than 64", ex.Message);
    }

    [Fact]
    public void A_huge_allocation_is_stopped()
    {
        var ex = Assert.Throws<ExpressionException>(() => Run(_patientEngine, "var a = new Array(5000000).fill(1); a.length"));

        Assert.Contains("more than 4000000 bytes", ex.Message);
    }

    [Theory]
    [InlineData("System.Environment.Exit(1)", "System is not defined")]
    [InlineData("importNamespace('System')", "importNamespace is not defined")]
    [InlineData("clr.System", "clr is not defined")]
    [InlineData("variables.constructor.constructor('return this')().System", "undefined")]
    public void Scripts_cannot_reach_dotnet(string script, string messagePart)
    {
        var result = Record.Exception(() => Run(script));

        Assert.True(result is ExpressionException ex ? ex.Message.Contains(messagePart) : Run(script) is null, result?.Message);
    }

    [Fact]
    public void Expressions_see_variables_and_input_and_return_json()
    {
        Assert.True((bool)Run("variables.amount > 1000")!);
        Assert.Equal("Li", (string?)Run("input.name"));
        Assert.Null(Run("undefined"));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"a":[1,2],"b":"x"}"""), Run("({ a: [1, 2], b: 'x' })")));
        Assert.Equal("high", (string?)Run("let t = variables.amount; t > 1000 ? 'high' : 'low'"));
    }

    [Fact]
    public void Check_syntax_returns_the_parsers_message_with_its_position()
    {
        Assert.Null(_engine.Expressions.CheckSyntax("javascript", "variables.amount > 1000"));
        Assert.Contains("1:", _engine.Expressions.CheckSyntax("JavaScript", "variables.amount >"));
        Assert.Contains("Unknown expression type", _engine.Expressions.CheckSyntax("Python", "1"));
    }

    [Fact]
    public async Task A_sandbox_break_inside_a_flow_becomes_an_incident()
    {
        var workflow = _engine.Compile(new FlowchartBuilder()
            .Activity("start", "Start")
            .Activity("spin", "Decision", new JsonObject { ["condition"] = FlowchartBuilder.Js("while (true) {}") })
            .Activity("end", "End")
            .Connect("start", "spin").Connect("spin", "end", "True").Connect("spin", "end", "False").Build());

        var result = await _engine.StartAsync(workflow);

        Assert.Equal(WorkflowStatus.Faulted, result.State.Status);
        var incident = Assert.Single(result.State.Incidents);
        Assert.Equal("spin", incident.ActivityId);
        Assert.Single(result.Effects.OfType<IncidentRaised>());
        // The regulator reads why in Chinese by default, and the English beside it for whoever asks in English.
        Assert.Matches("表达式运行超过 250 毫秒|表达式执行超过 100000 条语句", incident.Text.ZhCn);
        Assert.Matches("timed out after 250 ms|more than 100000 statements", incident.Text.En);
        var journal = Assert.Single(result.Journal, j => j.Event == JournalEvent.Faulted);
        Assert.Equal((incident.Text.En, incident.Text.ZhCn), (journal.Message, journal.MessageZhCn));
    }

    [Theory]
    [InlineData("variables.missing.field", "表达式执行出错：", "Expression failed: ")]
    [InlineData("variables.amount >", "表达式无法编译：", "Expression does not compile: ")]
    public void A_failing_expression_says_so_in_chinese_and_english_keeping_the_script_s_own_words(string script, string zhCn, string en)
    {
        var ex = Assert.Throws<ExpressionException>(() => Run(script));

        Assert.StartsWith(zhCn, ex.Text.ZhCn);
        Assert.StartsWith(en, ex.Text.En);
        Assert.Equal(ex.Text.En, ex.Message);
    }
}
