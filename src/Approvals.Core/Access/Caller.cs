using System.Security.Claims;

namespace Approvals.Core.Access;

/// <summary>
/// Who is calling, as the host's identity says (<see cref="CallerClaimTypes"/>): user id, user name, e-mail, roles
/// and, for staff, their district (a GB/T 2260 code such as 310118, or the executive committee). Services, the
/// runtime and the queries take it as a parameter so every access rule lives in one place; the task and instance
/// queries apply <see cref="VisibleDistrict"/>, <see cref="VisibleRoles"/> and <see cref="WorkRoles"/> inside the
/// query, never by filtering results afterwards.
/// </summary>
/// <param name="UserId">The identity's user id; cases, documents and answers are recorded under it.</param>
/// <param name="UserName">The user name; tasks are claimed, completed, cancelled and retried under it.</param>
public sealed record Caller(string UserId, string? UserName, string? Email, IReadOnlySet<string> Roles, string? DistrictCode)
{
    /// <summary>A district code no task or instance carries: staff without a district see nothing.</summary>
    public const string NoDistrict = "-";

    /// <summary>The user id of <see cref="System"/>: background work acts for nobody.</summary>
    public const string SystemUserId = "system";

    /// <summary>For an employer account: the unified social credit code of the enterprise it acts for.</summary>
    public string? EnterpriseCreditCode { get; init; }

    /// <summary>For an employer account: the enterprise's name.</summary>
    public string? EnterpriseName { get; init; }

    /// <summary>An enterprise account with the enterprise it acts for: only such a caller files for staff.</summary>
    public bool IsEmployer => Roles.Contains(ApprovalsRoles.Employer) && !string.IsNullOrEmpty(EnterpriseCreditCode);

    /// <summary>True for <see cref="System"/> and <see cref="Admitted"/>: no district or role narrows what it sees.</summary>
    public bool IsUnrestricted { get; private init; }

    /// <summary>No restriction, acting for nobody: for background work, the host itself and tests, never for a request.</summary>
    public static Caller System { get; } = Admitted(null);

    /// <summary>
    /// No restriction, acting for <paramref name="userName"/>: for a service whose own access rule has already
    /// admitted the caller (an applicant withdrawing their own case cancels its procedure).
    /// </summary>
    public static Caller Admitted(string? userName) =>
        new(userName ?? SystemUserId, userName, null, new HashSet<string>(), null) { IsUnrestricted = true };

    /// <summary>The caller a signed-in user's claims describe, or null for an anonymous user.</summary>
    public static Caller? From(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true || user.FindFirst(ClaimTypes.NameIdentifier)?.Value is not { Length: > 0 } id)
            return null;
        return new Caller(
            id,
            user.Identity.Name,
            user.FindFirst(ClaimTypes.Email)?.Value,
            user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal),
            user.FindFirst(CallerClaimTypes.District)?.Value)
        {
            EnterpriseCreditCode = user.FindFirst(CallerClaimTypes.EnterpriseCreditCode)?.Value,
            EnterpriseName = user.FindFirst(CallerClaimTypes.EnterpriseName)?.Value,
        };
    }

    /// <summary>The caller behind an endpoint or page that requires authorization; an anonymous user there is a bug.</summary>
    public static Caller FromSignedIn(ClaimsPrincipal user) =>
        From(user) ?? throw new InvalidOperationException("This needs a signed-in user; the endpoint or page must require authorization.");

    public bool IsReviewer => Roles.Contains(ApprovalsRoles.Reviewer);

    public bool IsReviewerOf(string? districtCode) => IsReviewer && districtCode is not null && districtCode == DistrictCode;

    /// <summary>The only district whose tasks and instances are visible, or null for every district (the executive committee).</summary>
    public string? VisibleDistrict =>
        IsUnrestricted || DistrictCode == StaffDistricts.ExecutiveCommittee ? null
        : string.IsNullOrEmpty(DistrictCode) ? NoDistrict
        : DistrictCode;

    /// <summary>The task roles the caller may claim and complete, or null for every role.</summary>
    public IReadOnlySet<string>? WorkRoles =>
        IsUnrestricted ? null : ApprovalsRoles.TaskRoles.Where(Roles.Contains).ToHashSet(StringComparer.Ordinal);

    /// <summary>The task roles visible, or null for every role: regulators read every task of what they oversee.</summary>
    public IReadOnlySet<string>? VisibleRoles => IsUnrestricted || Roles.Contains(ApprovalsRoles.Regulator) ? null : WorkRoles;

    public bool MayWork(string taskRole) => WorkRoles is not { } work || work.Contains(taskRole);
}
