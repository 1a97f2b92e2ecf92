using System.Globalization;
using Approvals.Web.Features.Designer.Model;
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
        var problem = Assert.Single(ProblemLocator.Locate(Definition, [new ValidationError(path, new("问题", "problem"))]));

        Assert.Equal(activityId, problem.ActivityId);
        Assert.Equal(path, problem.Path);
    }

    [Theory]
    [InlineData("zh-CN", "缺少标题")]
    [InlineData("en", "The title is missing")]
    public void A_problem_is_listed_in_the_language_of_the_page(string culture, string expected)
    {
        var page = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            var problem = Assert.Single(ProblemLocator.Locate(Definition, [new ValidationError("$.root.activities[1].inputs.title", new("缺少标题", "The title is missing"))]));

            Assert.Equal(expected, problem.Message);
        }
        finally
        {
            CultureInfo.CurrentUICulture = page;
        }
    }
}
