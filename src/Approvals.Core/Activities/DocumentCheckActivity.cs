using System.Text.Json.Nodes;
using Approvals.Core.Applications;
using Approvals.Core.Districts;
using Approvals.Core.Findings;
using Approvals.Core.Workflow;
using Approvals.Workflows.Contracts;
using Approvals.Workflows.Registry;
using Approvals.Workflows.Runtime;

namespace Approvals.Core.Activities;

/// <summary>
/// The automatic check (<see cref="ApplicationChecks"/>): Passed when nothing was found, NotAccepted when any finding
/// cannot be corrected (<see cref="Finding.IsCorrectable"/>: the application is refused acceptance, 不予受理), Failed
/// when everything found can be corrected (补正), with the findings in the variable
/// named after the activity id as <c>{ passed, findings, verificationNeeded, level, declaredLevel, type, district }</c> and on the case.
/// <c>level</c> is the <see cref="DecidingLevel"/> (from the registry), the one procedures branch on for four eyes;
/// <c>declaredLevel</c> is what the applicant typed, for the reviewer's information only.
/// </summary>
public sealed class DocumentCheckActivity(
    IApplicationFacts facts,
    AutomaticCheck check,
    DistrictDirectory districts) : IActivity
{
    public const string Passed = "Passed";
    public const string Failed = "Failed";
    public const string NotAccepted = "NotAccepted";

    public ActivityDescriptor Descriptor { get; } = new(
        "DocumentCheck",
        Texts.Text(Texts.DocumentCheckActivity_DocumentCheck),
        "Metrology",
        Texts.Text(Texts.DocumentCheckActivity_ChecksCompletenessIDNumberCreditCode),
        [],
        [Passed, Failed, NotAccepted]) { Icon = "check" };

    public async ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var applicationId = ActivityInputs.ApplicationId(context);
        var today = ZoneTime.Today(context.Now);
        var loaded = await facts.LoadForCheckAsync(applicationId, today, context.CancellationToken);
        if (loaded is null)
            return ActivityResult.Fault(ActivityFaults.NoApplication(applicationId));

        var application = CaseOfInstance.EnsureDrivenBy(loaded.Application, context);
        var findings = check.Run(loaded, today);
        context.Emit(new ApplicationFindingsRecorded(applicationId, findings));
        context.SetVariable(context.Activity.Id, new JsonObject
        {
            ["passed"] = findings.Count == 0,
            ["accepted"] = findings.All(f => f.IsCorrectable),
            ["findings"] = DomainJson.ToNode(findings),
            ["verificationNeeded"] = VerificationSubject.For(application, districts).Count > 0,
            ["level"] = DecidingLevel.Of(loaded) is { } level ? (int)level : null,
            ["declaredLevel"] = application.Level is { } declared ? (int)declared : null,
            ["type"] = application.Type.ToString(),
            ["district"] = application.DistrictCode,
        });
        return ActivityResult.Complete(Outcome(findings));
    }

    public static string Outcome(IReadOnlyList<Finding> findings) =>
        findings.Count == 0 ? Passed : findings.All(f => f.IsCorrectable) ? Failed : NotAccepted;
}
