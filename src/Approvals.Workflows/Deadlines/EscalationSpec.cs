using System.Text.Json.Nodes;
using Approvals.Text;

namespace Approvals.Workflows.Deadlines;

/// <summary>The escalation chosen in a definition: <c>{ "action": "TakeOutcome", "outcome": "Overdue" }</c>.</summary>
public sealed record EscalationSpec(EscalationAction Action, string? Role, string? Outcome)
{
    public const string DefaultOutcome = "Overdue";

    /// <summary>The outcome port a TakeOutcome escalation resumes through.</summary>
    public string OutcomePort => Outcome ?? DefaultOutcome;

    public JsonObject ToJson() => new()
    {
        ["action"] = Action.ToString(),
        ["role"] = Role,
        ["outcome"] = Action == EscalationAction.TakeOutcome ? OutcomePort : null,
    };

    /// <summary>Reads the definition's literal; returns the problems instead when it does not fit.</summary>
    public static EscalationSpec? Read(JsonNode? node, out IReadOnlyList<LocalizedText> problems)
    {
        var found = new List<LocalizedText>();
        problems = found;
        if (node is not JsonObject obj)
        {
            found.Add(Texts.Text(Texts.EscalationSpec_EscalationMustBeObjectActionNotifyRole));
            return null;
        }
        var actionText = Text(obj, "action");
        if (!Enum.TryParse<EscalationAction>(actionText, ignoreCase: false, out var action) || !Enum.IsDefined(action))
        {
            found.Add(Texts.Text(Texts.EscalationSpec_EscalationActionIsUnknownUseNotifyRole, actionText));
            return null;
        }
        var role = Text(obj, "role");
        var outcome = Text(obj, "outcome");
        if (action is EscalationAction.NotifyRole or EscalationAction.ReassignToRole && string.IsNullOrWhiteSpace(role))
            found.Add(Texts.Text(Texts.EscalationSpec_EscalationNeedsRole, action));
        if (action == EscalationAction.TakeOutcome && outcome is not null && string.IsNullOrWhiteSpace(outcome))
            found.Add(Texts.Text(Texts.EscalationSpec_EscalationTakeOutcomeNeedsNonEmptyOutcome));
        return found.Count == 0 ? new EscalationSpec(action, role, outcome) : null;
    }

    private static string? Text(JsonObject obj, string name) =>
        obj[name] is JsonValue value && value.TryGetValue(out string? text) ? text : null;
}
