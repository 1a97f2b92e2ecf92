using System.Text.Json.Nodes;
using Approvals.Workflows.Deadlines;

namespace Approvals.Web.Features.Designer.Model;

/// <summary>A waiting activity's <c>escalation</c> (<c>{ action, role, outcome }</c>) as a form, and back.</summary>
public static class EscalationCodec
{
    /// <summary>The form, or null when the value has a shape the form cannot show (it is then edited as JSON).</summary>
    public static EscalationForm? Read(JsonNode? value)
    {
        if (value is null)
            return EscalationForm.None;
        if (value is not JsonObject escalation || !JsonRows.TryText(escalation, "action", out var actionText)
            || !Enum.TryParse<EscalationAction>(actionText, ignoreCase: false, out var action) || !Enum.IsDefined(action)
            || !JsonRows.TryText(escalation, "role", out var role) || !JsonRows.TryText(escalation, "outcome", out var outcome))
            return null;
        return new EscalationForm(action, role, outcome.Length == 0 ? EscalationSpec.DefaultOutcome : outcome) { Source = escalation };
    }

    /// <summary>
    /// The input's JSON; null (the input left out) when there is no action. Only the property the action uses
    /// is written: a role to notify or reassign to, or the outcome to take.
    /// </summary>
    public static JsonNode? Write(EscalationForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (form.Action is not { } action)
            return null;
        var escalation = (JsonObject)form.Source.DeepClone();
        escalation["action"] = action.ToString();
        if (action == EscalationAction.TakeOutcome)
        {
            escalation.Remove("role");
            escalation["outcome"] = form.Outcome.Trim();
        }
        else
        {
            escalation.Remove("outcome");
            escalation["role"] = form.Role;
        }
        return escalation;
    }

    public static IReadOnlyList<EditorProblem> Problems(EscalationForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return form.Action switch
        {
            EscalationAction.NotifyRole or EscalationAction.ReassignToRole when string.IsNullOrWhiteSpace(form.Role) =>
                [new EditorProblem(0, "role", EditorProblemKind.Missing)],
            EscalationAction.TakeOutcome when string.IsNullOrWhiteSpace(form.Outcome) =>
                [new EditorProblem(0, "outcome", EditorProblemKind.Missing)],
            _ => [],
        };
    }
}
