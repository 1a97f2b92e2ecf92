using System.Text.Json.Nodes;
using Approvals.Workflows.Contracts;
using Approvals.Workflows.Expressions;

namespace Approvals.Web.Features.Designer.Model;

/// <summary>A Switch's <c>cases</c> (<c>[{ name, condition }]</c>) as rows, and back.</summary>
public static class SwitchCasesCodec
{
    /// <summary>The rows, or null when the value has a shape the rows cannot show (it is then edited as JSON).</summary>
    public static IReadOnlyList<SwitchCaseRow>? Read(JsonNode? value)
    {
        if (JsonRows.Objects(value) is not { } objects)
            return null;
        var rows = new List<SwitchCaseRow>(objects.Count);
        foreach (var @case in objects)
        {
            if (!JsonRows.TryText(@case, "name", out var name) || !JsonRows.TryText(@case, "condition", out var condition))
                return null;
            rows.Add(new SwitchCaseRow(name, condition) { Source = @case });
        }
        return rows;
    }

    /// <summary>The input's JSON; null (the input left out) when there are no rows.</summary>
    public static JsonNode? Write(IReadOnlyList<SwitchCaseRow> rows) =>
        rows.Count == 0 ? null : new JsonArray([.. rows.Select(row => (JsonNode?)Write(row))]);

    /// <param name="reserved">The ports the Switch has whatever its cases ("Default").</param>
    /// <param name="expressions">The parser the server validates with, so a condition that passes here passes on publish.</param>
    public static IReadOnlyList<EditorProblem> Problems(IReadOnlyList<SwitchCaseRow> rows, IReadOnlyCollection<string> reserved, IExpressionEvaluator expressions)
    {
        ArgumentNullException.ThrowIfNull(expressions);
        var problems = RowNames.Problems([.. rows.Select(r => r.Name)], reserved).ToList();
        for (var row = 0; row < rows.Count; row++)
        {
            var condition = rows[row].Condition;
            if (string.IsNullOrWhiteSpace(condition))
                problems.Add(new EditorProblem(row, "condition", EditorProblemKind.Missing));
            else if (expressions.CheckSyntax(InputValue.JavaScript, condition) is { } error)
                problems.Add(new EditorProblem(row, "condition", EditorProblemKind.InvalidExpression, error));
        }
        return problems;
    }

    private static JsonObject Write(SwitchCaseRow row)
    {
        var @case = (JsonObject)row.Source.DeepClone();
        JsonRows.SetText(@case, row.Source, "name", row.Name.Trim());
        JsonRows.SetText(@case, row.Source, "condition", row.Condition);
        return @case;
    }
}
