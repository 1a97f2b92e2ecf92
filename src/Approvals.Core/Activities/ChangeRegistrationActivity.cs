using System.Text.Json.Nodes;
using Approvals.Core.Applications;
using Approvals.Core.Workflow;
using Approvals.Workflows.Contracts;
using Approvals.Workflows.Registry;
using Approvals.Workflows.Runtime;

namespace Approvals.Core.Activities;

/// <summary>
/// Writes an approved change of registration (变更注册) into the shared registry in the step's transaction: the new
/// employer and projects, the same number and expiry, a history entry per thing changed; a registration that moves to
/// another district is held there from now on and its former district is notified. The variable named after the
/// activity id holds <c>{ number, validFrom, validTo, employer, projects, movedFrom }</c> for the decision e-mail.
/// </summary>
public sealed class ChangeRegistrationActivity(IApplicationFacts facts) : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new(
        "ChangeRegistration",
        Texts.Text(Texts.ChangeRegistrationActivity_ChangeRegistration),
        "Metrology",
        Texts.Text(Texts.ChangeRegistrationActivity_Description),
        [],
        ["Done"]) { Icon = "certificate" };

    public async ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var application = await CaseOfInstance.LoadAsync(context, facts);
        var records = await facts.GatherDecidingRecordsAsync(application, context.CancellationToken);
        if (records.RegistrationToChange is not { } registration)
            return ActivityResult.Fault(Texts.Text(Texts.ChangeRegistrationActivity_NotInRegistry, application.RegistrationNumber));

        var plan = RegistrationChangePlan.Of(application, registration);
        context.Emit(new RegistrationChanged(application.Id, registration.Number, plan.EmployerChanges, plan.Projects, plan.FromDistrictCode, plan.ToDistrictCode, context.Now));
        context.SetVariable(context.Activity.Id, new JsonObject
        {
            ["number"] = registration.Number,
            ["validFrom"] = registration.ValidFrom.ToString("yyyy-MM-dd"),
            ["validTo"] = registration.ValidTo.ToString("yyyy-MM-dd"),
            ["employer"] = plan.EmployerChanges ? application.EmployerName : registration.Enterprise?.Name,
            ["projects"] = string.Join("、", plan.Projects),
            ["movedFrom"] = plan.Moves ? plan.FromDistrictCode : null,
        });
        return ActivityResult.Complete("Done");
    }
}
