using System.Text.Json.Nodes;
using Approvals.Core.Districts;
using Approvals.Core.Registry;
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
/// Verifies every certificate or registration the application claims from another zone district. A record in
/// the shared registry confirms it at once (kept as evidence); the rest become verification requests to the
/// reviewers of the issuing districts, all open in parallel, and the step waits on one "Verification" bookmark
/// (whose id the requests carry: one round) until the last is answered (the host resumes it with Confirmed, Denied or
/// NotFound) or the deadline passes (TimedOut). Only Confirmed is a verification: the other outcomes are a result for
/// the deciding district's reviewer, never a decision. The variable named after the activity id holds
/// <c>{ evidence, requested, answers }</c>, and once it ends <c>outcome</c> and, unless confirmed, <c>result</c>: what
/// was not confirmed, in Chinese and English (<see cref="VerificationResultText"/>), with the holder's own registry
/// record whose number is a keystroke or two away (<c>nearMatches</c>, a likely typo), and when it ended NotFound
/// <c>corrections</c>: the findings the reviewer may send back as a mistyped number (<see cref="VerificationCorrections"/>). Reminders and the
/// escalation (<see cref="DeadlineInputs"/>) go to the <c>role</c> of the issuing district (of every issuing
/// district when several are asked).
/// </summary>
public sealed class CrossDistrictVerificationActivity(IApplicationFacts facts, DistrictDirectory districts) : IActivity, IValidatesInputs
{
    public const string BookmarkKind = "Verification";
    public const string Confirmed = "Confirmed";
    public const string Denied = "Denied";
    public const string NotFound = "NotFound";
    public const string TimedOut = "TimedOut";
    public const string DefaultDueIn = "5wd";
    public const string Purpose = "CrossDistrictVerification";
    public const string DefaultRole = "Reviewer";

    public ActivityDescriptor Descriptor { get; } = new(
        "CrossDistrictVerification",
        Texts.Text(Texts.CrossDistrictVerificationActivity_CrossDistrictVerification),
        "Metrology",
        Texts.Text(Texts.CrossDistrictVerificationActivity_VerifiesCertificatesWithIssuingDistrictConfirmed),
        [
            new InputDescriptor("role", Texts.Text(Texts.CrossDistrictVerificationActivity_AnsweringRole), InputKind.Role, false,
                Texts.Text(Texts.CrossDistrictVerificationActivity_RoleOfIssuingDistrictThatAnswers)) with { Default = DefaultRole },
            .. DeadlineInputs.DescriptorsWithDefault(DefaultDueIn),
        ],
        [Confirmed, Denied, NotFound, TimedOut]) { IsBlocking = true, Icon = "search" };

    public async ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var application = await CaseOfInstance.LoadAsync(context, facts);
        var applicationId = application.Id;

        var today = ZoneTime.Today(context.Now);
        var evidence = new JsonArray();
        var pending = new List<VerificationSubject>();
        var reads = new List<(string, bool)>();
        foreach (var subject in VerificationSubject.For(application, districts))
        {
            var found = await facts.FindEvidenceAsync(subject, application.IdNumber ?? "", context.CancellationToken);
            reads.Add((subject.Number, found is not null));
            if (found is { Status: RegistrationStatus.Active } && found.ValidTo >= today && found.DistrictCode == subject.IssuingDistrictCode)
                evidence.Add(new JsonObject { ["subject"] = DomainJson.ToNode(subject), ["record"] = DomainJson.ToNode(found) });
            else
                pending.Add(subject);
        }
        if (reads.Count > 0)
            context.Emit(new RegistryReadsRecorded(application.DistrictCode ?? "", Purpose, reads));

        var nearMatches = new JsonArray();
        foreach (var subject in pending)
        {
            if (await facts.FindNearNumberAsync(subject, application.IdNumber ?? "", context.CancellationToken) is { } near)
                nearMatches.Add(new JsonObject { ["number"] = subject.Number, ["issuingDistrictCode"] = subject.IssuingDistrictCode, ["nearNumber"] = near });
        }

        // An issuer with no reviewers on the platform (provincial, city, national) is verified by the deciding reviewer.
        var forReviewer = pending.Where(p => !districts.IsInZone(p.IssuingDistrictCode)).ToList();
        pending = [.. pending.Except(forReviewer)];
        var result = new JsonObject
        {
            ["evidence"] = evidence,
            ["requested"] = DomainJson.ToNode(pending),
            ["answers"] = new JsonArray(),
            ["forReviewer"] = DomainJson.ToNode(forReviewer),
            ["nearMatches"] = nearMatches,
        };
        context.SetVariable(context.Activity.Id, result);
        if (pending.Count == 0)
            return ActivityResult.Complete(End(result, forReviewer.Count == 0 ? Confirmed : NotFound));

        var issuing = pending.Select(p => p.IssuingDistrictCode).Distinct().ToList();
        var payload = new JsonObject
        {
            [HumanTaskActivity.Title] = TaskTexts.Write(Texts.Text(Texts.CrossDistrictVerificationActivity_TaskTitle, applicationId)),
            ["requested"] = pending.Count,
            [BookmarkPayload.Role] = context.EvaluateString("role") ?? DefaultRole,
            [BookmarkPayload.District] = issuing.Count == 1 ? issuing[0] : null,
        };
        var dueAt = DeadlineInputs.Apply(context, payload, DefaultDueIn)!.Value;
        var bookmarkId = context.NewBookmarkId();
        context.Emit(new VerificationRequested(applicationId, context.Activity.Id, bookmarkId, application.DistrictCode ?? "",
            application.PersonName ?? "", application.IdNumber ?? "", pending, dueAt));
        return ActivityResult.Suspend(BookmarkKind, payload, dueAt, bookmarkId);
    }

    public IEnumerable<ValidationError> ValidateInputs(ActivityModel activity, string path, IExpressionEvaluator expressions) =>
        DeadlineInputs.Validate(activity, path, Descriptor.Outcomes, dueInHasDefault: true);

    public ValueTask<ActivityResult> ResumeAsync(ActivityExecutionContext context, ResumeStimulus stimulus)
    {
        var outcome = stimulus.Outcome ?? TimedOut;
        if (outcome is not (Confirmed or Denied or NotFound or TimedOut))
            throw new InvalidRefusal(Texts.Text(Texts.CrossDistrictVerificationActivity_VerificationEndsConfirmedDeniedNotFoundOr, Confirmed, Denied, NotFound, TimedOut, outcome));
        if (context.GetVariable(context.Activity.Id) is not JsonObject result)
            return ValueTask.FromResult(ActivityResult.Complete(outcome));
        if (stimulus.Data?["answers"] is JsonArray answers)
            result["answers"] = answers.DeepClone();
        var forReviewer = result["forReviewer"] is JsonArray { Count: > 0 };
        return ValueTask.FromResult(ActivityResult.Complete(End(result, outcome == Confirmed && forReviewer ? NotFound : outcome)));
    }

    /// <summary>Records how the round ended and, unless everything was confirmed, what the deciding reviewer must know.</summary>
    private string End(JsonObject result, string outcome)
    {
        result["outcome"] = outcome;
        if (outcome != Confirmed)
            result["result"] = DomainJson.ToNode(VerificationResultText.Describe(result, districts));
        if (outcome == NotFound)
            result["corrections"] = DomainJson.ToNode(VerificationCorrections.For(result, districts));
        return outcome;
    }
}
