using System.Text.Json.Nodes;
using Approvals.Core.Applications;
using Approvals.Core.Districts;
using Approvals.Core.Workflow;
using Approvals.Workflows.Runtime;
using Approvals.UseCases.Instances;

namespace Approvals.UseCases.Cases;

/// <summary>
/// The input a procedure starts with. Beside the ids it reads, it carries what its mail templates read by name
/// (<c>applicant</c>, <c>application</c>, <c>authority</c>, <c>appeal</c>), in the applicant's language (<c>culture</c>).
/// </summary>
internal static class ProcedureInput
{
    public static JsonObject For(Application application, DistrictDirectory districts, StatutoryLimitOptions limits, DateTimeOffset submittedAt)
    {
        var culture = application.Culture;
        var type = application.Type.DisplayName();
        var definitionId = Procedures.For(application.Type);
        var statutoryDays = StatutoryLimitOptions.WorkingDays(limits.Definitions.GetValueOrDefault(definitionId));
        var district = districts.FindByCode(application.DistrictCode);
        var appeal = district is null ? null : AppealBodies.For(district, culture);
        var decision = DecisionTexts.For(application.Type);
        return new JsonObject
        {
            ["applicationId"] = application.Id,
            ["applicantEmail"] = application.ApplicantEmail,
            ["district"] = application.DistrictCode,
            ["type"] = application.Type.ToString(),
            ["culture"] = culture,
            ["applicant"] = new JsonObject { ["name"] = application.PersonName ?? application.ApplicantEmail, ["email"] = application.ApplicantEmail },
            ["application"] = new JsonObject
            {
                ["number"] = application.CaseNumber ?? application.Id,
                ["type"] = type.For(culture),
                ["submittedAt"] = ZoneTime.Iso(submittedAt),
                ["statutoryDays"] = statutoryDays,
            },
            ["authority"] = new JsonObject
            {
                ["bureau"] = district is null ? null : DecisionTexts.Bureau(district, culture),
                ["grant"] = decision.Grant.For(culture),
                ["refusal"] = decision.Refusal.For(culture),
                ["legalBasis"] = decision.LegalBasis.For(culture),
            },
            ["appeal"] = appeal is null ? null : new JsonObject { ["reviewBody"] = appeal.ReviewBody, ["court"] = appeal.Court },
            ["startedByBureau"] = application.IsStartedByBureau,
            ["registrationNumber"] = application.RegistrationNumber,
            ["reason"] = application.Reason,
            ["ground"] = application.Ground?.DisplayName().For(culture),
        };
    }
}
