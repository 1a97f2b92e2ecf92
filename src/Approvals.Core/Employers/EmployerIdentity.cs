using Approvals.Core.Applications;
using Approvals.Core.Checks;
using Approvals.Core.Districts;
using Approvals.Core.Findings;

namespace Approvals.Core.Employers;

/// <summary>
/// Whether a body may act as an employer in the zone: its unified social credit code is valid (GB 32100 check
/// character), names an enterprise, and was issued in the zone district it says it is in (or by an authority
/// above it). The automatic check of an application and an enterprise account's sign-up judge it the same way.
/// </summary>
public static class EmployerIdentity
{
    /// <param name="creditCode">The code as typed.</param>
    /// <param name="districtCode">The district the employer says it is in.</param>
    /// <param name="creditCodeField">The form field to name in the credit code's findings.</param>
    public static IReadOnlyList<Finding> Check(string? creditCode, string? districtCode, DistrictDirectory districts, string creditCodeField = "employerCreditCode")
    {
        var findings = new List<Finding>();
        if (!string.IsNullOrWhiteSpace(districtCode) && !districts.IsInZone(districtCode.Trim()))
            findings.Add(ApplicationFindings.EmployerOutsideZone(districtCode.Trim()));
        var checkedCode = UnifiedSocialCreditCode.Check(creditCode, creditCodeField);
        findings.AddRange(checkedCode.Findings);
        if (checkedCode.Value is not { } code)
            return findings;
        if (!code.IsEnterprise)
            findings.Add(ApplicationFindings.EmployerNotEnterprise(code.Value) with { Field = creditCodeField });
        if (districts.FindByCode(districtCode?.Trim()) is { } declared && !code.IsRegisteredWithin(declared))
            findings.Add(ApplicationFindings.EmployerDivisionMismatch(code.Value, code.AdministrativeDivisionCode, declared) with { Field = creditCodeField });
        return findings;
    }
}
