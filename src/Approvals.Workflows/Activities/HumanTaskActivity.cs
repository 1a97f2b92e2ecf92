using System.Text.Json.Nodes;
using Approvals.Text;
using Approvals.Workflows.Contracts;
using Approvals.Workflows.Deadlines;
using Approvals.Workflows.Expressions;
using Approvals.Workflows.Forms;
using Approvals.Workflows.Models;
using Approvals.Workflows.Registry;
using Approvals.Workflows.Runtime;
using Approvals.Workflows.Validation;

namespace Approvals.Workflows.Activities;

/// <summary>
/// A task for a person of a role (and district). Suspends on a "HumanTask" bookmark whose payload holds the
/// evaluated title, description, role, district, outcomes, formFields and dueIn, and the reminders and escalation
/// the host schedules around its due date (<see cref="DeadlineInputs"/>). When completed, the result is
/// stored in the variable named after the activity id as <c>{ outcome, comment, data, actor }</c> and the
/// flow continues through the chosen outcome port. <c>excludeActorsOf</c> names earlier tasks whose actors may
/// not complete this one (four eyes); the runtime refuses them with <see cref="ActorExcludedRefusal"/>.
/// <c>offerWhen</c> maps an outcome to a JavaScript condition evaluated when the task opens: the outcome is offered
/// only if it holds (a port of its own still, so the flow is drawn and validated as always).
/// <c>reasonRequiredFor</c> names the outcomes that need a reason (the comment): the host refuses them without one.
/// </summary>
public sealed class HumanTaskActivity : IActivity, IValidatesInputs
{
    public const string TypeName = "HumanTask";

    public const string BookmarkKind = "HumanTask";

    /// <summary>The bookmark payload's list of the outcomes that need a reason (the comment).</summary>
    public const string ReasonRequiredFor = "reasonRequiredFor";

    /// <summary>The bookmark payload's list of people who may not complete the task (four eyes).</summary>
    public const string ExcludedActors = "excludedActors";

    /// <summary>The refusal given to a person who decided an earlier step of the case and may not work this task.</summary>
    public static LocalizedText ExcludedActorRefusal(string actor, string task) => new(
        $"“{actor}”已办理过本案件的前一环节，任务“{task}”须由其他人员办理。",
        $"'{actor}' already decided an earlier step of this case; task '{task}' must be completed by another person.");

    public ActivityDescriptor Descriptor { get; } = new(
        TypeName,
        new LocalizedText("人工任务", "Human task"),
        "Human",
        new LocalizedText("由指定角色（和区）的人员办理，按其选择的结果继续。", "A task for a person of a role and district; continues through the outcome they choose."),
        [
            InputDescriptors.Create("title", "标题", "Title", InputKind.String, true, "任务要办理的事项，显示在待办列表中。", "What the task asks for, shown in the inbox."),
            InputDescriptors.Create("description", "说明", "Description", InputKind.MultilineText, false, "给办理人的说明。", "Instructions for the reviewer."),
            InputDescriptors.Create("role", "角色", "Role", InputKind.Role, true, "可以认领该任务的角色。", "The role whose members may claim the task."),
            InputDescriptors.Create("district", "区", "District", InputKind.District, false, "由哪个区的人员办理，通常为表达式。", "The district whose staff get the task; usually an expression."),
            InputDescriptors.Create("outcomes", "办理结果", "Outcomes", InputKind.StringList, false, "可选的办理结果，每个结果是一个出口端口。", "The choices offered; each is an outcome port.")
                with { Default = new JsonArray("Approve", "Reject"), AcceptsExpression = false },
            InputDescriptors.Create("offerWhen", "结果条件", "Offer when", InputKind.Json, false,
                "{ 办理结果: 条件 } 对象：该结果仅在条件（JavaScript）成立时提供，如 {\"CorrectCertificateNumber\": \"variables.verify.outcome === 'NotFound'\"}。",
                "{ outcome: condition } object: the outcome is offered only when its JavaScript condition holds when the task opens.") with { AcceptsExpression = false },
            InputDescriptors.Create(ReasonRequiredFor, "须填理由的结果", "Reason required for", InputKind.StringList, false,
                "选择这些办理结果时必须填写理由（办理意见），如 [\"Reject\", \"RequestCorrections\"]。",
                "Outcomes that need a reason (the comment), e.g. [\"Reject\", \"RequestCorrections\"].") with { AcceptsExpression = false },
            InputDescriptors.Create("formFields", "表单字段", "Form fields", InputKind.FormFields, false, "办理人需填写的字段：{ name, label, type, required, options } 数组。", "Array of { name, label, type, required, options }."),
            InputDescriptors.Create("excludeActorsOf", "回避", "Exclude actors of", InputKind.StringList, false,
                "前序任务的标识，其办理人不得办理本任务（双人复核），如 [\"review\"]。", "Ids of earlier tasks whose actors may not complete this one (four eyes), e.g. [\"review\"].") with { AcceptsExpression = false },
            .. DeadlineInputs.Descriptors,
        ],
        []) { IsBlocking = true, OutcomesFromInput = "outcomes", RequiresConnectedOutcomes = true, Icon = "user" };

    public ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var payload = new JsonObject
        {
            ["title"] = context.EvaluateInput("title"),
            ["description"] = context.EvaluateInput("description"),
            ["role"] = context.EvaluateInput("role"),
            ["district"] = context.EvaluateInput("district"),
            ["outcomes"] = OfferedOutcomes(context),
            ["formFields"] = context.EvaluateInput("formFields") ?? new JsonArray(),
            [ReasonRequiredFor] = context.EvaluateInput(ReasonRequiredFor) ?? new JsonArray(),
            [ExcludedActors] = ExcludedActorsOf(context),
        };
        var dueAt = DeadlineInputs.Apply(context, payload);
        return ValueTask.FromResult(ActivityResult.Suspend(BookmarkKind, payload, dueAt));
    }

    public ValueTask<ActivityResult> ResumeAsync(ActivityExecutionContext context, ResumeStimulus stimulus)
    {
        var allowed = (context.Bookmark?.Payload["outcomes"] as JsonArray ?? [])
            .Select(o => o?.GetValue<string>()).OfType<string>().ToList();
        if (stimulus.Outcome is not { } outcome || !allowed.Contains(outcome, StringComparer.Ordinal))
        {
            throw new InvalidRefusal(new(
                $"“{stimulus.Outcome}”不是任务“{context.Activity.Id}”的办理结果；可选的结果：{string.Join("、", allowed)}。",
                $"'{stimulus.Outcome}' is not an outcome of task '{context.Activity.Id}'; the allowed outcomes are: {string.Join(", ", allowed)}."));
        }
        var excluded = (context.Bookmark?.Payload[ExcludedActors] as JsonArray ?? [])
            .Select(a => a?.GetValue<string>()).OfType<string>();
        if (stimulus.Actor is { } actor && excluded.Contains(actor, StringComparer.Ordinal))
        {
            throw new ActorExcludedRefusal(ExcludedActorRefusal(actor, context.Activity.Id));
        }
        context.SetVariable(context.Activity.Id, new JsonObject
        {
            ["outcome"] = outcome,
            ["comment"] = stimulus.Comment,
            ["data"] = stimulus.Data?.DeepClone(),
            ["actor"] = stimulus.Actor,
        });
        return ValueTask.FromResult(ActivityResult.Complete(outcome));
    }

    /// <summary>The declared outcomes less those whose <c>offerWhen</c> condition does not hold now.</summary>
    private JsonArray OfferedOutcomes(ActivityExecutionContext context)
    {
        var declared = context.EvaluateInput("outcomes") as JsonArray ?? (JsonArray)Descriptor.Inputs[4].Default!;
        var conditions = OfferConditions(context.Activity.Inputs["offerWhen"]).ToDictionary(c => c.Outcome, c => c.Condition, StringComparer.Ordinal);
        var offered = new JsonArray();
        foreach (var outcome in declared.Select(o => o?.GetValue<string>()).OfType<string>())
        {
            if (conditions.TryGetValue(outcome, out var condition)
                && !JsonTruth.IsTruthy(context.Expressions.Evaluate(InputValue.JavaScript, condition, context.Instance.Variables, context.Instance.Input, context.CancellationToken)))
                continue;
            offered.Add(outcome);
        }
        return offered;
    }

    /// <summary>The well-formed entries of a literal <c>offerWhen</c> input; the validator reports the others.</summary>
    private static IEnumerable<(string Outcome, string Condition)> OfferConditions(JsonNode? offerWhen) =>
        (offerWhen as JsonObject ?? []).Where(p => p.Value is JsonValue v && v.TryGetValue(out string? _))
            .Select(p => (p.Key, p.Value!.GetValue<string>()));

    /// <summary>The actors recorded by the tasks named in <c>excludeActorsOf</c>, fixed when this task opens.</summary>
    private static JsonArray ExcludedActorsOf(ActivityExecutionContext context)
    {
        var actors = new JsonArray();
        foreach (var taskId in (context.EvaluateInput("excludeActorsOf") as JsonArray ?? []).Select(t => t?.GetValue<string>()).OfType<string>())
        {
            if (context.GetVariable(taskId)?["actor"] is JsonValue value && value.TryGetValue(out string? actor) && !string.IsNullOrEmpty(actor))
                actors.Add(actor);
        }
        return actors;
    }

    public IEnumerable<ValidationError> ValidateInputs(ActivityModel activity, string path, IExpressionEvaluator expressions)
    {
        if (activity.Inputs["outcomes"] is JsonArray { Count: 0 })
            yield return new ValidationError($"{path}.inputs.outcomes", new("人工任务至少需要一个办理结果。", "A human task needs at least one outcome."));
        foreach (var error in DeadlineInputs.Validate(activity, path, ActivityPorts.Of(activity, Descriptor)))
            yield return error;
        foreach (var error in ValidateOfferWhen(activity, path, expressions))
            yield return error;
        foreach (var error in ValidateReasonRequiredFor(activity, path))
            yield return error;
        if (activity.Inputs["formFields"] is not { } fields || Expressions.InputValue.TryGetExpression(fields, out _, out _))
            yield break;
        foreach (var error in FormFieldRules.Check(fields, $"{path}.inputs.formFields"))
            yield return error;
    }

    /// <summary>Only the task's own outcomes can need a reason; the input's type (an array of strings) is checked with every input's.</summary>
    private IEnumerable<ValidationError> ValidateReasonRequiredFor(ActivityModel activity, string path)
    {
        if (activity.Inputs[ReasonRequiredFor] is not JsonArray named)
            yield break;
        var outcomes = ActivityPorts.Of(activity, Descriptor) ?? [];
        for (var i = 0; i < named.Count; i++)
        {
            if (named[i] is JsonValue value && value.TryGetValue(out string? outcome) && !outcomes.Contains(outcome, StringComparer.Ordinal))
                yield return new ValidationError($"{path}.inputs.{ReasonRequiredFor}[{i}]", new($"“{outcome}”不是本任务的办理结果。", $"'{outcome}' is not an outcome of this task."));
        }
    }

    private IEnumerable<ValidationError> ValidateOfferWhen(ActivityModel activity, string path, IExpressionEvaluator expressions)
    {
        if (activity.Inputs["offerWhen"] is not { } offerWhen)
            yield break;
        if (offerWhen is not JsonObject conditions)
        {
            yield return new ValidationError($"{path}.inputs.offerWhen", new("结果条件必须是 { 办理结果: 条件 } 对象。", "Offer when must be an object { outcome: condition }."));
            yield break;
        }
        var outcomes = ActivityPorts.Of(activity, Descriptor) ?? [];
        foreach (var (outcome, condition) in conditions)
        {
            var at = $"{path}.inputs.offerWhen.{outcome}";
            if (!outcomes.Contains(outcome, StringComparer.Ordinal))
                yield return new ValidationError(at, new($"“{outcome}”不是本任务的办理结果。", $"'{outcome}' is not an outcome of this task."));
            if (condition is not JsonValue value || !value.TryGetValue(out string? text))
                yield return new ValidationError(at, new("条件必须是 JavaScript 表达式字符串。", "A condition must be a JavaScript expression string."));
            else if (expressions.CheckSyntax(InputValue.JavaScript, text) is { } error)
                yield return WorkflowDefinitionLoader.ExpressionProblem(at, error);
        }
    }
}
