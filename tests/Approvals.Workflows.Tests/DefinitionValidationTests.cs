using System.Text.Json.Nodes;
using Approvals.Workflows.Tests.Support;

namespace Approvals.Workflows.Tests;

/// <summary>
/// Validates every definition under Definitions/ and checks the problems against its top-level "expect" field:
/// "errors" lists each expected problem by its JSON path and (a part of) its English message; an empty list
/// means the definition is valid.
/// </summary>
public sealed class DefinitionValidationTests
{
    public static TheoryData<string> Definitions() => JsonCases.In("Definitions");

    [Theory]
    [MemberData(nameof(Definitions))]
    public async Task Definition_reports_exactly_the_problems_its_expectation_lists(string name)
    {
        var json = await JsonCases.ReadAsync("Definitions", name);
        var expected = JsonNode.Parse(json)!["expect"]!["errors"]!.AsArray()
            .Select(e => (Path: (string)e!["path"]!, Message: (string)e["message"]!)).ToList();

        var errors = new TestEngine().Loader.Load(json).Errors;

        Assert.Equal(expected.Count, errors.Count);
        foreach (var (path, message) in expected)
            Assert.Contains(errors, e => e.Path == path && e.Message.Contains(message, StringComparison.Ordinal));
    }
}
