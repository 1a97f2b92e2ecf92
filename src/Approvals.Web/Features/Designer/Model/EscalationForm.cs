using System.Text.Json.Nodes;
using Approvals.Workflows.Deadlines;

namespace Approvals.Web.Features.Designer.Model;

/// <summary>The escalation as its editor shows it; no action means the activity has none.</summary>
public sealed record EscalationForm(EscalationAction? Action, string Role, string Outcome)
{
    public static EscalationForm None { get; } = new(null, "", EscalationSpec.DefaultOutcome);

    /// <summary>The object the form was read from, so properties the editor does not show are written back.</summary>
    public JsonObject Source { get; init; } = [];
}
