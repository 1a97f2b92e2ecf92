using Approvals.Workflows.Models;
using Approvals.Workflows.Tests.Support;
using Approvals.Workflows.Validation;

namespace Approvals.Workflows.Tests;

/// <summary>
/// A definition of thousands of activities is validated with the same findings as a small one: every rule indexes
/// the graph once (how fast is in benchmarks/, <c>validate</c>). A problem deep inside is found at its path.
/// </summary>
public sealed class LargeDefinitionValidationTests
{
    private const int Blocks = 600;
    private readonly TestEngine _engine = new();

    private IReadOnlyList<ValidationError> Validate(WorkflowDefinition definition) => _engine.Loader.Validate(definition);

    [Fact]
    public void A_valid_definition_of_three_thousand_activities_has_no_problems()
    {
        var definition = LargeFlowchart.WithBlocks(Blocks);

        Assert.Equal(3_002, definition.Root.Activities.Count);
        Assert.Empty(Validate(definition));
    }

    [Fact]
    public void A_join_deep_inside_that_waits_for_both_outcomes_of_a_decision_is_reported_at_its_path()
    {
        var definition = LargeFlowchart.WithBlocks(Blocks);
        const int block = 450;
        var falseOfPrevious = definition.Root.Connections.Single(c => c.Source.Activity == $"decide{block - 1}" && c.Source.Port == "False");
        falseOfPrevious.Target.Activity = $"join{block}";

        var error = Assert.Single(Validate(definition));

        Assert.Equal($"$.root.activities[{2 + block * LargeFlowchart.ActivitiesPerBlock + 3}]", error.Path);
        Assert.Contains($"decide{block - 1}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_activity_cut_off_deep_inside_is_reported_with_everything_after_it()
    {
        var definition = LargeFlowchart.WithBlocks(Blocks);
        definition.Root.Connections.RemoveAll(c => c.Source.Activity == $"decide{Blocks - 2}" && c.Source.Port == "True");

        var errors = Validate(definition);

        Assert.Equal(LargeFlowchart.ActivitiesPerBlock, errors.Count(e => e.Message.Contains("cannot be reached", StringComparison.Ordinal)));
        Assert.Contains(errors, e => e.Message.Contains($"'decide{Blocks - 2}'", StringComparison.Ordinal) && e.Message.Contains("'True'", StringComparison.Ordinal));
    }
}
