namespace Approvals.Core.Applications;

/// <summary>The languages an applicant may read the platform's mail in: Simplified Chinese by default, English on request.</summary>
public static class ApplicantCultures
{
    public const string Default = "zh-CN";
    public const string English = "en";

    public static IReadOnlyList<string> All { get; } = [Default, English];

    public static bool IsKnown(string culture) => All.Contains(culture.Trim(), StringComparer.OrdinalIgnoreCase);

    public static string Normalize(string? culture) =>
        string.Equals(culture?.Trim(), English, StringComparison.OrdinalIgnoreCase) ? English : Default;
}
