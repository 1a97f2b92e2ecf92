using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Approvals.Workflows.Activities;
using Approvals.Workflows.Models;
using Approvals.Workflows.Serialization;

namespace Approvals.Web.Designer;

/// <summary>A new procedure: its identifier and name, and a Start activity to draw from.</summary>
public static partial class NewDefinition
{
    public static bool IsValidId(string? id) => id is not null && IdPattern().IsMatch(id);

    public static string Json(string definitionId, string name) => WorkflowDefinitionJson.Serialize(new WorkflowDefinition
    {
        DefinitionId = definitionId,
        Name = name,
        Root = new FlowchartModel
        {
            Activities =
            [
                new ActivityModel
                {
                    Id = "start",
                    Type = StartActivity.TypeName,
                    Name = "开始 Start",
                    Metadata = new JsonObject { ["designer"] = new JsonObject { ["position"] = new JsonObject { ["x"] = 0, ["y"] = 0 } } },
                },
            ],
        },
    });

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9-]{0,63}$")]
    private static partial Regex IdPattern();
}
