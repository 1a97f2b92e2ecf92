using System.Text.Json.Nodes;
using Approvals.Web.Features.Designer.Model;
using Approvals.Workflows.Expressions;
using Approvals.Workflows.Options;
using Microsoft.Extensions.Options;

namespace Approvals.Web.Tests.Designer;

public sealed class SwitchCasesCodecTests
{
    private static readonly string[] Reserved = ["Default"];

    private readonly JintExpressionEvaluator _expressions = new(Options.Create(new WorkflowEngineOptions()));

    [Fact]
    public void Cases_read_from_the_json_write_it_back_unchanged_including_properties_the_editor_does_not_show()
    {
        var json = JsonNode.Parse("""
            [{ "name": "High", "condition": "variables.amount > 1000", "note": "大额" },
             { "name": "Low", "condition": "true" }]
            """);

        var rows = SwitchCasesCodec.Read(json)!;

        Assert.Equal([("High", "variables.amount > 1000"), ("Low", "true")], rows.Select(r => (r.Name, r.Condition)));
        Assert.True(JsonNode.DeepEquals(json, SwitchCasesCodec.Write(rows)));
    }

    [Fact]
    public void Reordered_and_added_cases_are_written_in_their_new_order()
    {
        var rows = SwitchCasesCodec.Read(JsonNode.Parse("""[{ "name": "A", "condition": "true", "note": 1 }, { "name": "B", "condition": "false" }]"""))!;

        var written = SwitchCasesCodec.Write([rows[1], rows[0], new SwitchCaseRow("C", "input.x === 1")]);

        Assert.Equal("""[{"name":"B","condition":"false"},{"name":"A","condition":"true","note":1},{"name":"C","condition":"input.x === 1"}]""",
            written!.ToJsonString());
    }

    [Theory]
    [InlineData("""{ "name": "A", "condition": "true" }""")]
    [InlineData("""[{ "name": "A", "condition": { "expression": { "type": "JavaScript", "value": "true" } } }]""")]
    [InlineData("""[{ "name": 1, "condition": "true" }]""")]
    public void Json_the_rows_cannot_show_is_left_to_the_json_view(string json)
    {
        Assert.Null(SwitchCasesCodec.Read(JsonNode.Parse(json)));
    }

    [Fact]
    public void Missing_duplicate_and_reserved_names_and_missing_or_unparsable_conditions_are_reported()
    {
        var rows = new[]
        {
            new SwitchCaseRow("High", "variables.amount >"),
            new SwitchCaseRow("High", "true"),
            new SwitchCaseRow("Default", ""),
            new SwitchCaseRow("", "false"),
            new SwitchCaseRow("Low", "variables.amount <= 1000"),
        };

        var problems = SwitchCasesCodec.Problems(rows, Reserved, _expressions);

        Assert.Equal(
            [(1, "name", EditorProblemKind.Duplicate), (2, "name", EditorProblemKind.Reserved), (3, "name", EditorProblemKind.Missing),
             (0, "condition", EditorProblemKind.InvalidExpression), (2, "condition", EditorProblemKind.Missing)],
            problems.Select(p => (p.Row, p.Field, p.Kind)));
        Assert.False(string.IsNullOrWhiteSpace(problems.Single(p => p.Kind == EditorProblemKind.InvalidExpression).Detail));
    }
}
