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
            found.Add(new(
                "超期处理必须是对象 { \"action\": \"NotifyRole\" | \"ReassignToRole\" | \"TakeOutcome\", \"role\": ..., \"outcome\": ... }。",
                "The escalation must be an object { \"action\": \"NotifyRole\" | \"ReassignToRole\" | \"TakeOutcome\", \"role\": ..., \"outcome\": ... }."));
            return null;
        }
        var actionText = Text(obj, "action");
        if (!Enum.TryParse<EscalationAction>(actionText, ignoreCase: false, out var action) || !Enum.IsDefined(action))
        {
            found.Add(new(
                $"超期处理动作“{actionText}”未知；请用 NotifyRole、ReassignToRole 或 TakeOutcome。",
                $"Escalation action '{actionText}' is unknown; use NotifyRole, ReassignToRole or TakeOutcome."));
            return null;
        }
        var role = Text(obj, "role");
        var outcome = Text(obj, "outcome");
        if (action is EscalationAction.NotifyRole or EscalationAction.ReassignToRole && string.IsNullOrWhiteSpace(role))
            found.Add(new($"超期处理 {action} 需要“role”（角色）。", $"Escalation {action} needs a 'role'."));
        if (action == EscalationAction.TakeOutcome && outcome is not null && string.IsNullOrWhiteSpace(outcome))
            found.Add(new(
                "超期处理 TakeOutcome 的“outcome”不能为空（不填则为 \"Overdue\"）。",
                "Escalation TakeOutcome needs a non-empty 'outcome' (or none for \"Overdue\")."));
        return found.Count == 0 ? new EscalationSpec(action, role, outcome) : null;
    }

    private static string? Text(JsonObject obj, string name) =>
        obj[name] is JsonValue value && value.TryGetValue(out string? text) ? text : null;
}
