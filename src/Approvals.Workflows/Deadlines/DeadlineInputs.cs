using System.Text.Json.Nodes;
using Approvals.Text;
using Approvals.Workflows.Expressions;
using Approvals.Workflows.Models;
using Approvals.Workflows.Registry;
using Approvals.Workflows.Runtime;
using Approvals.Workflows.Validation;

namespace Approvals.Workflows.Deadlines;

/// <summary>
/// The <c>dueIn</c>, <c>reminders</c> and <c>escalation</c> inputs any waiting activity may offer: add
/// <see cref="Descriptors"/> to its inputs, call <see cref="Apply"/> when it suspends and <see cref="Validate"/>
/// from its <see cref="IValidatesInputs"/>.
/// </summary>
public static class DeadlineInputs
{
    public static IReadOnlyList<InputDescriptor> Descriptors { get; } =
    [
        new InputDescriptor("dueIn", new LocalizedText("期限", "Due in"), InputKind.Duration, false,
            new LocalizedText("办理期限，如 \"5wd\"（5 个工作日）、\"2wd4h\"。", "Time allowed, e.g. \"5wd\" for five working days, \"2wd4h\".")),
        new InputDescriptor("reminders", new LocalizedText("提醒", "Reminders"), InputKind.StringList, false,
            new LocalizedText("提醒时间，如 [\"50%\", \"-1wd\"]：过半时、到期前一个工作日。", "When to remind, e.g. [\"50%\", \"-1wd\"]: at half time and one working day before."))
            { AcceptsExpression = false },
        new InputDescriptor("escalation", new LocalizedText("超期处理", "Escalation"), InputKind.Escalation, false,
            new LocalizedText("到期未办：{ action: NotifyRole | ReassignToRole | TakeOutcome, role, outcome }。",
                "At the due time: { action: NotifyRole | ReassignToRole | TakeOutcome, role, outcome }; TakeOutcome needs the outcome (\"Overdue\") declared."))
            { AcceptsExpression = false },
    ];

    /// <summary>The same inputs for an activity that always has a time limit: <c>dueIn</c> defaults to <paramref name="defaultDueIn"/>.</summary>
    public static IReadOnlyList<InputDescriptor> DescriptorsWithDefault(string defaultDueIn) =>
        [Descriptors[0] with { Default = defaultDueIn }, .. Descriptors.Skip(1)];

    /// <summary>
    /// Evaluates <c>dueIn</c> (or takes <paramref name="defaultDueIn"/>); when there is one, writes <c>dueIn</c> and
    /// the deadline spec into <paramref name="payload"/> and returns the due instant on the host's calendar.
    /// </summary>
    public static DateTimeOffset? Apply(ActivityExecutionContext context, JsonObject payload, string? defaultDueIn = null)
    {
        var dueIn = context.EvaluateString("dueIn");
        if (string.IsNullOrEmpty(dueIn))
            dueIn = defaultDueIn;
        if (string.IsNullOrEmpty(dueIn))
            return null;
        var duration = WorkflowDuration.Parse(dueIn);
        payload["dueIn"] = duration.ToString();
        var reminders = (context.Activity.Inputs["reminders"] as JsonArray ?? [])
            .Select(r => ReminderOffset.Parse(r?.GetValue<string>() ?? ""))
            .ToList();
        var escalation = context.Activity.Inputs["escalation"] is { } node ? EscalationSpec.Read(node, out _) : null;
        var spec = new DeadlineSpec(reminders, escalation);
        if (!spec.IsEmpty)
            payload[BookmarkPayload.Deadline] = spec.ToJson();
        return context.DueDates.DueAt(context.Now, duration);
    }

    /// <param name="outcomes">The activity's outcome ports, or null when an expression makes them known only at run time.</param>
    /// <param name="dueInHasDefault">Whether the activity has a time limit even without <c>dueIn</c>.</param>
    public static IEnumerable<ValidationError> Validate(ActivityModel activity, string path, IReadOnlyList<string>? outcomes, bool dueInHasDefault = false)
    {
        var hasDueIn = dueInHasDefault || activity.Inputs["dueIn"] is not null;
        if (activity.Inputs["reminders"] is JsonArray reminders)
        {
            if (!hasDueIn && reminders.Count > 0)
                yield return new ValidationError($"{path}.inputs.reminders", new("提醒需要办理期限：请设置“dueIn”（期限）。", "Reminders need a time limit: set 'dueIn'."));
            for (var i = 0; i < reminders.Count; i++)
            {
                var text = reminders[i] is JsonValue v && v.TryGetValue(out string? s) ? s : reminders[i]?.ToJsonString();
                if (!ReminderOffset.TryParse(text, out _))
                    yield return new ValidationError($"{path}.inputs.reminders[{i}]", ReminderOffset.Problem(text));
            }
        }
        if (activity.Inputs["escalation"] is not { } node || InputValue.TryGetExpression(node, out _, out _))
            yield break;
        if (!hasDueIn)
            yield return new ValidationError($"{path}.inputs.escalation", new("超期处理需要办理期限：请设置“dueIn”（期限）。", "An escalation needs a time limit: set 'dueIn'."));
        var escalation = EscalationSpec.Read(node, out var problems);
        foreach (var problem in problems)
            yield return new ValidationError($"{path}.inputs.escalation", problem);
        if (escalation is { Action: EscalationAction.TakeOutcome } && outcomes is not null && !outcomes.Contains(escalation.OutcomePort, StringComparer.Ordinal))
        {
            yield return new ValidationError($"{path}.inputs.escalation.outcome", new(
                $"超期处理取结果“{escalation.OutcomePort}”，但活动“{activity.Id}”没有声明这个结果；请把它加入结果并连线。",
                $"Escalation takes outcome '{escalation.OutcomePort}', which activity '{activity.Id}' does not declare; add it to its outcomes and connect it."));
        }
    }
}
