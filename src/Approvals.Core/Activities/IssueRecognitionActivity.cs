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
/// Writes a recognition (互认) into the shared registry: of a registration (<c>M1</c>/<c>M2</c> numbers, valid
/// as long as the registration) or of a certificate (<c>MC</c>, valid as long as the certificate, at most five
/// years), one recognition per certificate the application claims. The variable named after the activity id holds
/// <c>{ number, recognised, validFrom, validTo }</c> of the first and <c>recognitions</c>, every one issued.
/// </summary>
public sealed class IssueRecognitionActivity(IApplicationFacts facts, IOptions<MetrologyOptions> options) : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new(
        "IssueRecognition",
        Texts.Text(Texts.IssueRecognitionActivity_IssueRecognition),
        "Metrology",
        Texts.Text(Texts.IssueRecognitionActivity_WritesRecognitionIntoSharedRegistryWith),
        [],
        ["Done"]) { Icon = "certificate" };

    public async ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var application = await CaseOfInstance.LoadAsync(context, facts);
        var applicationId = application.Id;
        if (application.DistrictCode is not { } district)
            return ActivityResult.Fault(Texts.Text(Texts.IssueRecognitionActivity_ThereIsNoApplicationWithDistrict, applicationId));
        var today = ZoneTime.Today(context.Now);
        var longest = today.AddYears(options.Value.ValidityYears).AddDays(-1);

        IReadOnlyList<RecognitionIssued> issued;
        if (application.Type == ApplicationType.RegistrationRecognition)
        {
            // Only a registration the registry holds is recognised, at its recorded level (the one four eyes was decided on).
            if (application.RegistrationNumber is not { } named
                || await facts.FindRegistrationAsync(named, context.CancellationToken) is not { } registration)
            {
                return ActivityResult.Fault(Texts.Text(Texts.IssueRecognitionActivity_RegistrationNamedByApplicationIsNot, applicationId, application.RegistrationNumber));
            }
            var level = registration.Level;
            var number = (await facts.NextNumbersAsync(RegistrationNumber.ForRegistrationRecognition(level, district, today.Year, 1).Series, 1, context.CancellationToken))[0];
            issued = [new RecognitionIssued(applicationId, number, RegistryRecordKind.RegistrationRecognition, level, registration.Number, registration.DistrictCode, district, today, Min(registration.ValidTo, longest), context.Now)];
        }
        else if (application.Type == ApplicationType.CertificateRecognition && application.Certificates.Count > 0)
        {
            // The reviewer's approval decides on the application as filed: every certificate it claims is recognised,
            // each under its own number (consecutive, as the step writes them together).
            var numbers = await facts.NextNumbersAsync(RegistrationNumber.ForCertificateRecognition(district, today.Year, 1).Series, application.Certificates.Count, context.CancellationToken);
            issued = [.. application.Certificates.Select((certificate, i) => new RecognitionIssued(
                applicationId, numbers[i], RegistryRecordKind.CertificateRecognition, null,
                certificate.Number, certificate.IssuingDistrictCode, district, today, certificate.ValidUntil is { } until ? Min(until, longest) : longest, context.Now))];
        }
        else
        {
            return ActivityResult.Fault(Texts.Text(Texts.IssueRecognitionActivity_ApplicationIsNotRecognitionWithSomething, applicationId));
        }

        foreach (var recognition in issued)
            context.Emit(recognition);
        context.SetVariable(context.Activity.Id, new JsonObject
        {
            ["number"] = issued[0].Number,
            ["recognised"] = issued[0].RecognisedNumber,
            ["validFrom"] = issued[0].ValidFrom.ToString("yyyy-MM-dd"),
            ["validTo"] = issued[0].ValidTo.ToString("yyyy-MM-dd"),
            ["recognitions"] = new JsonArray([.. issued.Select(r => (JsonNode)new JsonObject
            {
                ["number"] = r.Number,
                ["recognised"] = r.RecognisedNumber,
                ["validTo"] = r.ValidTo.ToString("yyyy-MM-dd"),
            })]),
        });
        return ActivityResult.Complete("Done");
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
