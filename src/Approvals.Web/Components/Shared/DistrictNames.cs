using System.Globalization;
using Approvals.Core.Districts;
using Approvals.Core.Access;

namespace Approvals.Web.Components.Shared;

/// <summary>A district code or the executive committee as the user reads it, in the UI's language.</summary>
public static class DistrictNames
{
    private static readonly DistrictDirectory Directory = DistrictDirectory.LoadEmbedded();

    private static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string Name(string? code)
    {
        if (code is null)
            return "—";
        if (code == StaffDistricts.ExecutiveCommittee)
            return English ? Directory.Oversight.NameEn : Directory.Oversight.Name;
        return Directory.FindByCode(code) is { } d ? (English ? d.NameEn : d.Name) : code;
    }

    public static IReadOnlyList<string> ZoneDistricts { get; } = [.. Directory.Districts.Select(d => d.Code)];

    /// <summary>What a staff member may belong to: a district, or the executive committee (all districts).</summary>
    public static IReadOnlyList<string> StaffChoices { get; } = [.. ZoneDistricts, StaffDistricts.ExecutiveCommittee];
}
