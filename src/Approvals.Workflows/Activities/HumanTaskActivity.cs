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
/// title and description rendered in each language, role, district, outcomes, formFields and dueIn, and the reminders and escalation
/// the host schedules around its due date (<see cref="DeadlineInputs"/>). When completed, the result is
/// stored in the variable named after the activity id as <c>{ outcome, comment, data, actor }</c> and the
/// flow continues through the chosen outcome port. <c>excludeActorsOf</c> names earlier tasks whose actors may
/// not work this one (four eyes): the activity declares them in the payload (<see cref="ExcludedActors"/>) and the
/// host, which knows who the caller is, refuses them at claim and at completion.
/// <c>offerWhen</c> maps an outcome to a JavaScript condition evaluated when the task opens: the outcome is offered
/// only if it holds (a port of its own still, so the flow is drawn and validated as always).
/// <c>reasonRequiredFor</c> names the outcomes that need a reason (the comment): the host refuses them without one.
/// </summary>
public sealed class HumanTaskActivity : IActivity, IValidatesInputs
{
    public const string TypeName = "HumanTask";

    public const string BookmarkKind = "HumanTask";

    /// <summary>The bookmark payload's title: <c>{ "zh-CN": "...", "en": "..." }</c> (see <see cref="TaskTexts"/>).</summary>
    public const string Title = "title";

    /// <summary>The bookmark payload's description, shaped as the title.</summary>
    public const string Description = "description";

    /// <summary>The bookmark payload's list of the outcomes that need a reason (the comment).</summary>
    public const string ReasonRequiredFor = "reasonRequiredFor";

    /// <summary>The bookmark payload's list of people who may not complete the task (four eyes).</summary>
    public const string ExcludedActors = "excludedActors";

    public ActivityDescriptor Descriptor { get; } = new(
        TypeName,
        Texts.Text(Texts.HumanTaskActivity_HumanTask),
        "Human",
        Texts.Text(Texts.HumanTaskActivity_TaskForPersonOfRoleAnd),
        [
            new InputDescriptor("title", Texts.Text(Texts.HumanTaskActivity_Title), InputKind.PerLanguageText, true, Texts.Text(Texts.HumanTaskActivity_TitlePlaceholders)),
            new InputDescriptor("description", Texts.Text(Texts.HumanTaskActivity_Description), InputKind.PerLanguageText, false, Texts.Text(Texts.HumanTaskActivity_InstructionsForReviewer)),
            new InputDescriptor("role", Texts.Text(Texts.HumanTaskActivity_Role), InputKind.Role, true, Texts.Text(Texts.HumanTaskActivity_RoleWhoseMembersMayClaimTask)),
            new InputDescriptor("district", Texts.Text(Texts.HumanTaskActivity_District), InputKind.District, false, Texts.Text(Texts.HumanTaskActivity_DistrictWhoseStaffGetTaskUsually)),
            new InputDescriptor("outcomes", Texts.Text(Texts.HumanTaskActivity_Outcomes), InputKind.StringList, false, Texts.Text(Texts.HumanTaskActivity_ChoicesOfferedEachIsOutcomePort))
                with { Default = new JsonArray("Approve", "Reject"), AcceptsExpression = false },
            new InputDescriptor("offerWhen", Texts.Text(Texts.HumanTaskActivity_OfferWhen), InputKind.Json, false,
                Texts.Text(Texts.HumanTaskActivity_OutcomeConditionObjectOutcomeIsOffered)) with { AcceptsExpression = false },
            new InputDescriptor(ReasonRequiredFor, Texts.Text(Texts.HumanTaskActivity_ReasonRequiredFor), InputKind.StringList, false,
                Texts.Text(Texts.HumanTaskActivity_OutcomesThatNeedReasonCommentE)) with { AcceptsExpression = false },
            new InputDescriptor("formFields", Texts.Text(Texts.HumanTaskActivity_FormFields), InputKind.FormFields, false, Texts.Text(Texts.HumanTaskActivity_ArrayOfNameLabelTypeRequired)),
            new InputDescriptor("excludeActorsOf", Texts.Text(Texts.HumanTaskActivity_ExcludeActorsOf), InputKind.StringList, false,
                Texts.Text(Texts.HumanTaskActivity_IdsOfEarlierTasksWhoseActors)) with { AcceptsExpression = false },
            .. DeadlineInputs.Descriptors,
        ],
        []) { IsBlocking = true, OutcomesFromInput = "outcomes", RequiresConnectedOutcomes = true, Icon = "user" };

    public ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var payload = new JsonObject
        {
            [Title] = TaskTexts.Write(PerLanguageTemplate.Render(context, "title")),
            [Description] = TaskTexts.Write(PerLanguageTemplate.Render(context, "description")),
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

    /// <summary>
    /// Leaves through the chosen outcome, which must be one this task offered when it opened: the one guard of the
    /// task's ports, on every path that resumes it (a person's completion, an escalation taking its outcome, a test
    /// driving the interpreter). Who may choose which of them is the host's to say.
    /// </summary>
    public ValueTask<ActivityResult> ResumeAsync(ActivityExecutionContext context, ResumeStimulus stimulus)
    {
        var allowed = (context.Bookmark?.Payload["outcomes"] as JsonArray ?? [])
            .Select(o => o?.GetValue<string>()).OfType<string>().ToList();
        if (stimulus.Outcome is not { } outcome || !allowed.Contains(outcome, StringComparer.Ordinal))
        {
            throw new InvalidRefusal(Texts.Text(Texts.HumanTaskActivity_IsNotOutcomeOfTaskAllowed, stimulus.Outcome, context.Activity.Id, string.Join("、", allowed), string.Join(", ", allowed)));
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
            yield return new ValidationError($"{path}.inputs.outcomes", Texts.Text(Texts.HumanTaskActivity_HumanTaskNeedsAtLeastOne));
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
                yield return new ValidationError($"{path}.inputs.{ReasonRequiredFor}[{i}]", Texts.Text(Texts.HumanTaskActivity_IsNotOutcomeOfThisTask, outcome));
        }
    }

    private IEnumerable<ValidationError> ValidateOfferWhen(ActivityModel activity, string path, IExpressionEvaluator expressions)
    {
        if (activity.Inputs["offerWhen"] is not { } offerWhen)
            yield break;
        if (offerWhen is not JsonObject conditions)
        {
            yield return new ValidationError($"{path}.inputs.offerWhen", Texts.Text(Texts.HumanTaskActivity_OfferWhenMustBeObjectOutcome));
            yield break;
        }
        var outcomes = ActivityPorts.Of(activity, Descriptor) ?? [];
        foreach (var (outcome, condition) in conditions)
        {
            var at = $"{path}.inputs.offerWhen.{outcome}";
            if (!outcomes.Contains(outcome, StringComparer.Ordinal))
                yield return new ValidationError(at, Texts.Text(Texts.HumanTaskActivity_IsNotOutcomeOfThisTask, outcome));
            if (condition is not JsonValue value || !value.TryGetValue(out string? text))
                yield return new ValidationError(at, Texts.Text(Texts.HumanTaskActivity_ConditionMustBeJavaScriptExpressionString));
            else if (expressions.CheckSyntax(InputValue.JavaScript, text) is { } error)
                yield return WorkflowDefinitionLoader.ExpressionProblem(at, activity.Id, Descriptor.Inputs.First(i => i.Name == "offerWhen"), $"offerWhen.{outcome}", error);
        }
    }
}
