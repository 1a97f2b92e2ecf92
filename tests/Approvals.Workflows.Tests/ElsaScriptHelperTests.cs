using System.Text.Json.Nodes;
using Approvals.Workflows.Tests.Support;

namespace Approvals.Workflows.Tests;

/// <summary>Scripts written for Elsa 3 use its helpers; they run in our sandbox unchanged.</summary>
public sealed class ElsaScriptHelperTests
{
    // A generous time limit: a cold, busy machine must not make the sandbox clock decide these tests.
    private readonly TestEngine _engine = new(o => o.Expressions.Timeout = TimeSpan.FromSeconds(30));

    private JsonNode? Run(string script, JsonObject variables) =>
        _engine.Expressions.Evaluate("JavaScript", script, variables, new JsonObject { ["days"] = 4, ["email"] = "li@example.cn" }, CancellationToken.None);

    [Fact]
    public void GetVariable_and_variables_dot_read_the_same_variable() =>
        Assert.Equal("8|8", Run("getVariable('Days') * 2 + '|' + variables.Days * 2", new JsonObject { ["Days"] = 4 })!.GetValue<string>());

    [Fact]
    public void GetInput_reads_the_instance_input() =>
        Assert.Equal("li@example.cn", Run("getInput('email')", [])!.GetValue<string>());

    [Fact]
    public void SetVariable_changes_the_instance_variable_and_the_script_sees_the_new_value()
    {
        var variables = new JsonObject { ["Days"] = 4 };

        var seen = Run("setVariable('Days', getVariable('Days') + 1); setVariable('Note', { long: true }); variables.Days", variables);

        Assert.Equal(5, seen!.GetValue<long>());
        Assert.Equal(5, variables["Days"]!.GetValue<long>());
        Assert.True(variables["Note"]!["long"]!.GetValue<bool>());
    }

    [Fact]
    public void A_script_that_fails_after_setVariable_changes_nothing()
    {
        var variables = new JsonObject { ["Days"] = 4 };

        Assert.ThrowsAny<Exception>(() => Run("setVariable('Days', 9); undefinedFunction()", variables));

        Assert.Equal(4, variables["Days"]!.GetValue<int>());
    }

    [Fact]
    public void A_script_without_the_helpers_still_cannot_change_a_variable()
    {
        var variables = new JsonObject { ["Days"] = 4 };

        Run("variables.Days = 10; variables.Days", variables);

        Assert.Equal(4, variables["Days"]!.GetValue<int>());
    }
}
