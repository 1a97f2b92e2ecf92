using System.Text.Json.Nodes;
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
        new InputDescriptor("dueIn", Texts.Text(Texts.DeadlineInputs_DueIn), InputKind.Duration, false,
            Texts.Text(Texts.DeadlineInputs_TimeAllowedEGWdFor)),
        new InputDescriptor("reminders", Texts.Text(Texts.DeadlineInputs_Reminders), InputKind.StringList, false,
            Texts.Text(Texts.DeadlineInputs_WhenToRemindEGWd))
            { AcceptsExpression = false },
        new InputDescriptor("escalation", Texts.Text(Texts.DeadlineInputs_Escalation), InputKind.Escalation, false,
            Texts.Text(Texts.DeadlineInputs_AtDueTimeActionNotifyRoleReassignToRole))
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
                yield return new ValidationError($"{path}.inputs.reminders", Texts.Text(Texts.DeadlineInputs_RemindersNeedTimeLimitSetDueIn));
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
            yield return new ValidationError($"{path}.inputs.escalation", Texts.Text(Texts.DeadlineInputs_EscalationNeedsTimeLimitSetDueIn));
        var escalation = EscalationSpec.Read(node, out var problems);
        foreach (var problem in problems)
            yield return new ValidationError($"{path}.inputs.escalation", problem);
        if (escalation is { Action: EscalationAction.TakeOutcome } && outcomes is not null && !outcomes.Contains(escalation.OutcomePort, StringComparer.Ordinal))
        {
            yield return new ValidationError($"{path}.inputs.escalation.outcome", Texts.Text(Texts.DeadlineInputs_EscalationTakesOutcomeWhichActivityDoes, escalation.OutcomePort, activity.Id));
        }
    }
}
