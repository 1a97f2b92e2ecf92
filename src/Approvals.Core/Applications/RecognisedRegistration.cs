using Approvals.Core.Findings;
using Approvals.Core.Registry;

namespace Approvals.Core.Applications;

/// <summary>
/// What a registration recognition (注册互认) may name: a registration (R1/R2) of another zone district, in force,
/// held by the applicant, as the shared registry records it. The applicant names it by number and holder's name;
/// its level, district, expiry and status are the registry's, never typed.
/// </summary>
public static class RecognisedRegistration
{
    /// <summary>Refused when a draft is saved or submitted: a typed level (the registry's is the one that counts).</summary>
    public static IReadOnlyList<Finding> FormProblems(ApplicationType type, int? level) =>
        type == ApplicationType.RegistrationRecognition && level is not null ? [RecognitionFindings.LevelFromRegistry()] : [];

    /// <summary>The automatic check of the registration named, as the registry records it under the number.</summary>
    public static void Check(ApplicationCheckFacts facts, DateOnly today, List<Finding> findings)
    {
        var application = facts.Application;
        var number = application.RegistrationNumber ?? "";
        if (facts.NamesARecognition)
        {
            findings.Add(RecognitionFindings.NotARegistration(number, facts.NamedRecordKind!.Value));
            return;
        }
        if (facts.RegistrationToRecognise is not { } registration)
        {
            findings.Add(LikelyMistypedNumbers.ForRegistrationNumber(facts) ?? RecognitionFindings.NotFound(number));
            return;
        }
        if (registration.DistrictCode == application.EmployerDistrictCode)
            findings.Add(ApplicationFindings.RecognitionInSameDistrict("registrationNumber"));
        if (!string.IsNullOrWhiteSpace(application.PersonName) && registration.Person?.Name != application.PersonName.Trim())
            findings.Add(RecognitionFindings.HolderDiffers(registration.Number, "personName"));
        else if (!string.IsNullOrWhiteSpace(application.IdNumber) && !string.Equals(registration.Person?.IdNumber, application.IdNumber.Trim(), StringComparison.OrdinalIgnoreCase))
            findings.Add(RecognitionFindings.HolderDiffers(registration.Number, "idNumber"));
        var validity = RegistrationValidity.On(registration.Status, registration.ValidTo, null, today);
        if (!validity.Valid)
            findings.Add(RecognitionFindings.NotInForce(registration.Number, validity.Text));
    }
}
