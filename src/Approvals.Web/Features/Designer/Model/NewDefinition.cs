using System.Text.RegularExpressions;
using Approvals.Workflows.Models;
using Approvals.Workflows.Serialization;

namespace Approvals.Web.Features.Designer.Model;

/// <summary>A new procedure: its identifier and name and an empty flowchart to draw on.</summary>
public static partial class NewDefinition
{
    public static bool IsValidId(string? id) => id is not null && IdPattern().IsMatch(id);

    public static string Json(string definitionId, string name) =>
        WorkflowDefinitionJson.Serialize(new WorkflowDefinition { DefinitionId = definitionId, Name = name });

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9-]{0,63}$")]
    private static partial Regex IdPattern();
}
