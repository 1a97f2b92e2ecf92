using Approvals.Core.Districts;

namespace Approvals.Core.Access;

/// <summary>The values a staff member's district may take: a zone district's code or the executive committee.</summary>
public static class StaffDistricts
{
    /// <summary>The key of the oversight body in <c>reference/districts.json</c>; its staff see every district.</summary>
    public const string ExecutiveCommittee = "executive-committee";

    public static bool IsValid(string? value, DistrictDirectory directory) =>
        value == ExecutiveCommittee || directory.IsInZone(value);
}
