namespace Approvals.Core.Findings;

/// <summary>
/// The one place that decides whether a finding can be cured by a correction (行政许可法 art. 32 (4): 补正) or
/// means the application is not to be accepted at all (art. 32 (1)–(2): 不予受理). A missing or unreadable document,
/// a typo, a number the registry cannot find or a name that differs can be corrected; a fact the applicant cannot
/// change by correcting the form cannot.
/// </summary>
public static class FindingCorrectability
{
    private static readonly HashSet<string> NotCorrectable = new(StringComparer.Ordinal)
    {
        "Registration.Duplicate",
        "Application.Duplicate",
        "Renewal.OutsideWindow",
        "Renewal.NotActive",
        "Recognition.NotInForce",
        "Recognition.SameDistrict",
        "Employer.OutsideZone",
        "Change.NotInForce",
        "Ending.NotInForce",
    };

    public static IReadOnlyCollection<string> NotCorrectableCodes => NotCorrectable;

    public static bool IsCorrectable(string code) => !NotCorrectable.Contains(code);
}
