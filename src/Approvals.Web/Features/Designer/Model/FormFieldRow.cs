using System.Text.Json.Nodes;
using Approvals.Workflows.Forms;

namespace Approvals.Web.Features.Designer.Model;

/// <summary>One field of a human task's form as the rows editor shows it.</summary>
public sealed record FormFieldRow(string Name, string Label, string Type, bool Required)
{
    /// <summary>A new row: a required-free text field.</summary>
    public static FormFieldRow New() => new("", "", FormFieldTypes.Text, false);

    /// <summary>The choices of a select field, one per line in the editor.</summary>
    public IReadOnlyList<string> Options { get; init; } = [];

    /// <summary>The object the row was read from, so properties the editor does not show are written back.</summary>
    public JsonObject Source { get; init; } = [];
}
