using System.Text.Json.Nodes;
using Approvals.Core.Applications;
using Approvals.Core.Settings;
using Approvals.Core.Registry;
using Approvals.Core.Workflow;
using Approvals.Workflows.Contracts;
using Approvals.Workflows.Registry;
using Approvals.Workflows.Runtime;
using Microsoft.Extensions.Options;

namespace Approvals.Core.Activities;

/// <summary>
/// Writes the registration into the shared registry in the step's transaction: a new number
/// (<see cref="RegistrationNumber"/>) valid five years from today, or for a renewal the same number with its
/// validity extended five years from the old expiry. The variable named after the activity id holds
/// <c>{ number, validFrom, validTo }</c> for the decision e-mail.
/// </summary>
public sealed class IssueRegistrationActivity(IApplicationFacts facts, IOptions<MetrologyOptions> options) : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new(
        "IssueRegistration",
        Texts.Text(Texts.IssueRegistrationActivity_IssueRegistration),
        "Metrology",
        Texts.Text(Texts.IssueRegistrationActivity_WritesRegistrationIntoSharedRegistryWith),
        [],
        ["Done"]) { Icon = "certificate" };

    public async ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var application = await CaseOfInstance.LoadAsync(context, facts);
        var applicationId = application.Id;
        var today = ZoneTime.Today(context.Now);
        var years = options.Value.ValidityYears;

        RegistrationIssued issued;
        if (application.Type == ApplicationType.Renewal)
        {
            var existing = await facts.FindRegistrationAsync(application.RegistrationNumber ?? "", context.CancellationToken);
            if (existing is null)
                return ActivityResult.Fault(Texts.Text(Texts.IssueRegistrationActivity_RegistrationToRenewIsNotIn, application.RegistrationNumber));
            var from = existing.ValidTo.AddDays(1);
            issued = new RegistrationIssued(applicationId, existing.Number, existing.Level, existing.DistrictCode, from, from.AddYears(years).AddDays(-1), existing.Number, context.Now);
        }
        else
        {
            // The level written is the one the procedure decided on (four eyes): the registry's, never the form's.
            var records = await facts.GatherDecidingRecordsAsync(application, context.CancellationToken);
            if (DecidingLevel.Of(records) is not { } level || application.DistrictCode is not { } district)
                return ActivityResult.Fault(Texts.Text(Texts.IssueRegistrationActivity_ApplicationHasNoLevelOrDistrict, applicationId));
            var numbers = await facts.NextNumbersAsync(RegistrationNumber.ForRegistration(level, district, today.Year, 1).Series, 1, context.CancellationToken);
            issued = new RegistrationIssued(applicationId, numbers[0], level, district, today, today.AddYears(years).AddDays(-1), null, context.Now);
        }

        context.Emit(issued);
        context.SetVariable(context.Activity.Id, new JsonObject
        {
            ["number"] = issued.Number,
            ["validFrom"] = issued.ValidFrom.ToString("yyyy-MM-dd"),
            ["validTo"] = issued.ValidTo.ToString("yyyy-MM-dd"),
        });
        return ActivityResult.Complete("Done");
    }
}
