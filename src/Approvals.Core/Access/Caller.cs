namespace Approvals.Core.Access;

/// <summary>
/// Who is calling, as the host's identity says: user id, e-mail, roles and, for staff, their district
/// (a GB/T 2260 code such as 310118). Services take it as a parameter so every access rule lives in one place.
/// </summary>
public sealed record Caller(string UserId, string? Email, IReadOnlySet<string> Roles, string? DistrictCode)
{
    public bool IsReviewer => Roles.Contains(RoleNames.Reviewer);

    public bool IsReviewerOf(string? districtCode) => IsReviewer && districtCode is not null && districtCode == DistrictCode;
}
