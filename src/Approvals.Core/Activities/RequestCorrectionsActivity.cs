using System.Text.Json.Nodes;
using Approvals.Core.Findings;
using Approvals.Core.Workflow;
using Approvals.Text;
using Approvals.Workflows.Activities;
using Approvals.Workflows.Contracts;
using Approvals.Workflows.Deadlines;
using Approvals.Workflows.Models;
using Approvals.Workflows.Registry;
using Approvals.Workflows.Runtime;
using Approvals.Workflows.Validation;

namespace Approvals.Core.Activities;

/// <summary>
/// Puts every finding before the applicant at once and waits on a "Corrections" bookmark for the corrected
/// submission (resumed with outcome <c>Resubmitted</c>) or for its deadline (resumed without an outcome →
/// <c>TimedOut</c>). <c>dueIn</c> counts working days ("10wd") on the calendar; reminders go to
/// <c>notifyEmail</c> (the applicant) and the statutory clock of the application stops while it waits. When it
/// opens, the variable named after the activity id holds <c>{ findings, items, dueAt }</c> (items in the applicant's
/// language as the wizard names them, due date in Asia/Shanghai) for the correction e-mail; when it is answered, <c>{ outcome, actor, at }</c>.
/// </summary>
public sealed class RequestCorrectionsActivity(IApplicationFacts facts) : IActivity, IValidatesInputs
{
    public const string BookmarkKind = "Corrections";
    public const string Resubmitted = "Resubmitted";
    public const string TimedOut = "TimedOut";
    public const string DefaultDueIn = "10wd";

    public ActivityDescriptor Descriptor { get; } = new(
        "RequestCorrections",
        Texts.Text(Texts.RequestCorrectionsActivity_RequestCorrections),
        "Metrology",
        Texts.Text(Texts.RequestCorrectionsActivity_ListsEveryFindingToApplicantAt),
        [
            new InputDescriptor("findings", Texts.Text(Texts.RequestCorrectionsActivity_Findings), InputKind.Json, true,
                Texts.Text(Texts.RequestCorrectionsActivity_FindingsToCorrectListOfFindings)),
            new InputDescriptor("notifyEmail", Texts.Text(Texts.RequestCorrectionsActivity_RemindAt), InputKind.String, false,
                Texts.Text(Texts.RequestCorrectionsActivity_WhereDeadlineRemindersGoUsuallyApplicant)),
            new InputDescriptor("culture", Texts.Text(Texts.RequestCorrectionsActivity_Culture), InputKind.String, false,
                Texts.Text(Texts.RequestCorrectionsActivity_LanguageOfRemindersZhCNDefault)),
            .. DeadlineInputs.DescriptorsWithDefault(DefaultDueIn),
        ],
        [Resubmitted, TimedOut]) { IsBlocking = true, Icon = "edit" };

    public async ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var findings = DomainJson.Findings(context.EvaluateInput("findings"));
        var applicationId = (await CaseOfInstance.LoadAsync(context, facts)).Id;
        context.Emit(new ApplicationFindingsRecorded(applicationId, findings));
        var payload = new JsonObject
        {
            [HumanTaskActivity.Title] = TaskTexts.Write(Texts.Text(Texts.RequestCorrectionsActivity_TaskTitle, applicationId)),
            ["findings"] = DomainJson.ToNode(findings),
            [BookmarkPayload.StopsStatutoryClock] = true,
            [BookmarkPayload.NotifyEmail] = context.EvaluateString("notifyEmail"),
            ["culture"] = context.EvaluateString("culture"),
        };
        var dueAt = DeadlineInputs.Apply(context, payload, DefaultDueIn);
        context.SetVariable(context.Activity.Id, new JsonObject
        {
            ["findings"] = DomainJson.ToNode(findings),
            ["items"] = CorrectionItems(findings, context.EvaluateString("culture")),
            ["dueAt"] = dueAt is { } due ? ZoneTime.Iso(due) : null,
        });
        return ActivityResult.Suspend(BookmarkKind, payload, dueAt);
    }

    public ValueTask<ActivityResult> ResumeAsync(ActivityExecutionContext context, ResumeStimulus stimulus)
    {
        var outcome = stimulus.Outcome ?? TimedOut;
        if (outcome is not (Resubmitted or TimedOut))
            throw new InvalidRefusal(Texts.Text(Texts.RequestCorrectionsActivity_CorrectionRequestIsAnsweredByOr, Resubmitted, outcome));
        context.SetVariable(context.Activity.Id, new JsonObject { ["outcome"] = outcome, ["actor"] = stimulus.Actor, ["at"] = context.Now });
        if (outcome == TimedOut)
            context.Emit(new ApplicationFindingsRecorded(ActivityInputs.ApplicationId(context), [CorrectionDeadlinePassed()]));
        return ValueTask.FromResult(ActivityResult.Complete(outcome));
    }

    public IEnumerable<ValidationError> ValidateInputs(ActivityModel activity, string path, IExpressionEvaluator expressions) =>
        DeadlineInputs.Validate(activity, path, Descriptor.Outcomes, dueInHasDefault: true);

    /// <summary>The notice's list in the applicant's language: what to fix as the wizard names it, the problem, and who found it.</summary>
    public static JsonArray CorrectionItems(IEnumerable<Finding> findings, string? culture) =>
        new([.. findings.Select(finding => (JsonNode)new JsonObject
        {
            ["item"] = FindingSubjects.ItemOf(finding).For(culture),
            ["problem"] = finding.Message.For(culture),
            ["source"] = FindingSubjects.SourceOf(finding).For(culture),
        })]);

    private static Finding CorrectionDeadlinePassed() => new(
        "Corrections.TimedOut",
        Texts.Text(Texts.RequestCorrectionsActivity_DeadlineForCorrectionsPassedWithoutCorrected));
}
