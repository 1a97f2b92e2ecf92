using Approvals.Core.Checks;
using Approvals.Core.Findings;

namespace Approvals.Core.Applications;

/// <summary>
/// The one rule for every number an applicant types (a project certificate's, a registration's, a qualification
/// certificate's): a number the registry does not hold, while it holds one of the applicant's own of the same kind a
/// keystroke or two away (<see cref="NumberNearMatch"/>), is most likely a typo, and the applicant is asked to check it.
/// Only the applicant's own records are compared, and the hint never names the number held. Given once per number: the
/// same number submitted again after the hint goes on as any other (to verification, or to the plain not-found finding).
/// </summary>
public static class LikelyMistypedNumbers
{
    /// <summary>Whether <paramref name="typed"/> is none of <paramref name="ownNumbers"/> but a likely typo of one of them.</summary>
    public static bool Applies(string? typed, IEnumerable<string> ownNumbers)
    {
        if (string.IsNullOrWhiteSpace(typed))
            return false;
        var own = ownNumbers.ToList();
        var number = typed.Trim();
        return !own.Contains(number, StringComparer.Ordinal) && own.Any(n => NumberNearMatch.IsLikelyTypo(number, n));
    }

    /// <summary>The hint, unless the applicant was already given it for this very number.</summary>
    public static Finding? Once(Application application, Finding hint) => application.Findings.Contains(hint) ? null : hint;

    /// <summary>The hint for the registration number a renewal, recognition, change or cancellation names, when it applies.</summary>
    public static Finding? ForRegistrationNumber(ApplicationCheckFacts facts)
    {
        var typed = facts.Application.RegistrationNumber;
        return Applies(typed, facts.HeldRegistrationNumbers ?? [])
            ? Once(facts.Application, ApplicationFindings.RegistrationNumberLikelyMistyped(typed!.Trim()))
            : null;
    }

    /// <summary>The hint for the qualification certificate number of an initial registration, when it applies.</summary>
    public static Finding? ForQualificationNumber(ApplicationCheckFacts facts)
    {
        var typed = facts.Application.QualificationCertificateNumber;
        return Applies(typed, facts.HeldQualificationNumbers ?? [])
            ? Once(facts.Application, ApplicationFindings.QualificationNumberLikelyMistyped(typed!.Trim()))
            : null;
    }
}
