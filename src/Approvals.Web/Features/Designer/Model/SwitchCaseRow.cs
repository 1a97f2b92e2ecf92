using System.Text.Json.Nodes;

namespace Approvals.Web.Features.Designer.Model;

/// <summary>One case of a Switch: the outcome port it names and its JavaScript condition.</summary>
public sealed record SwitchCaseRow(string Name, string Condition)
{
    public static SwitchCaseRow New() => new("", "");

    /// <summary>The object the row was read from, so properties the editor does not show are written back.</summary>
    public JsonObject Source { get; init; } = [];
}
