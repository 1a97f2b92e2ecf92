using System.Text.Json.Nodes;
using Approvals.Workflows.Serialization;
using Approvals.Workflows.Tests.Support;
using Approvals.Workflows.Validation;

namespace Approvals.Workflows.Tests;

/// <summary>
/// Each flowchart under InputModes/ holds inputs given as literals, JavaScript or templates, and in its "expect"
/// field the errors (blocking) and warnings (literals that read like expressions) validation must give, each by
/// JSON path and a part of its English text; empty lists mean none.
/// </summary>
public sealed class InputModeValidationTests
{
    public static TheoryData<string> Flowcharts() => JsonCases.In("InputModes");

    [Theory]
    [MemberData(nameof(Flowcharts))]
    public async Task A_flowchart_gets_exactly_the_errors_and_warnings_its_expectation_lists(string name)
    {
        var json = await JsonCases.ReadAsync("InputModes", name);
        var expect = JsonNode.Parse(json)!["expect"]!;
        var engine = new TestEngine();

        var errors = engine.Loader.Load(json).Errors;
        var warnings = LiteralLookalikes.Check(WorkflowDefinitionJson.Deserialize(json), engine.Registry).ToList();

        AssertSame(expect["errors"]!.AsArray(), errors);
        AssertSame(expect["warnings"]!.AsArray(), warnings);
    }

    [Theory]
    [InlineData("input.applicantEmail", true)]
    [InlineData("=variables.amount", true)]
    [InlineData("  = 1 + 1", true)]
    [InlineData("items.map(i => i.name)", true)]
    [InlineData("{{ variables.caseNumber }}", true)]
    [InlineData("variables.amount > 1000", true)]
    [InlineData("reviewer@example.test", false)]
    [InlineData("Please check the input.", false)]
    [InlineData("a >= b", false)]
    [InlineData("审核 variables", false)]
    public void A_literal_looks_like_an_expression_only_when_it_carries_code_marks(string text, bool looksLikeExpression) =>
        Assert.Equal(looksLikeExpression, LiteralLookalikes.LooksLikeExpression(text));

    [Fact]
    public void The_expression_problem_names_activity_and_input_in_Chinese_too()
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "InputModes", "javascript-that-does-not-parse-names-activity-and-input.json"));

        var problem = Assert.Single(new TestEngine().Loader.Load(json).Errors);

        Assert.StartsWith("活动“s1”的“状态”（status）：表达式无法编译：", problem.MessageFor("zh-CN"), StringComparison.Ordinal);
    }

    private static void AssertSame(JsonArray expected, IReadOnlyList<ValidationError> actual)
    {
        var described = string.Join("\n", actual.Select(e => $"{e.Path}: {e.Message}"));
        Assert.True(expected.Count == actual.Count, $"Expected {expected.Count}, got:\n{described}");
        foreach (var e in expected)
        {
            var (path, message) = ((string)e!["path"]!, (string)e["message"]!);
            Assert.True(actual.Any(a => a.Path == path && a.Message.Contains(message, StringComparison.Ordinal)), $"No {path}: {message} in:\n{described}");
        }
    }
}
