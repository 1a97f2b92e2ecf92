using Approvals.Web.Designer;
using Approvals.Workflows.Serialization;
using Approvals.Workflows.Validation;

namespace Approvals.Web.Tests.Designer;

public sealed class ProblemLocatorTests
{
    private static readonly Approvals.Workflows.Models.WorkflowDefinition Definition = WorkflowDefinitionJson.Deserialize("""
        { "definitionId": "d", "name": "d", "root": { "type": "Flowchart",
          "activities": [ { "id": "start", "type": "Start" }, { "id": "review", "type": "HumanTask" } ],
          "connections": [
            { "source": { "activity": "start", "port": "Done" }, "target": { "activity": "review", "port": "In" } },
            { "source": { "activity": "ghost", "port": "Done" }, "target": { "activity": "review", "port": "In" } } ] } }
        """);

    [Theory]
    [InlineData("$.root.activities[1].inputs.title", "review")]
    [InlineData("$.root.activities[0]", "start")]
    [InlineData("$.root.connections[0].target.port", "start")]
    [InlineData("$.root.connections[1].source.activity", "review")]
    [InlineData("$.root.activities", null)]
    [InlineData("$.name", null)]
    [InlineData("$.root.activities[9].type", null)]
    public void A_problem_points_at_the_activity_its_path_names(string path, string? activityId)
    {
        var problem = Assert.Single(ProblemLocator.Locate(Definition, [new ValidationError(path, "m")]));

        Assert.Equal(activityId, problem.ActivityId);
        Assert.Equal((path, "m"), (problem.Path, problem.Message));
    }
}
