using Microsoft.AspNetCore.Identity;
using Approvals.Core.Access;

namespace Approvals.Infrastructure.Identity;

/// <summary>An account: applicant, district staff, executive-committee staff or administrator.</summary>
public sealed class ApprovalsUser : IdentityUser
{
    /// <summary>The name shown in the UI and on e-mail, e.g. 张三.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>The UI and e-mail language the user chose: <c>zh-CN</c> or <c>en</c>.</summary>
    public string PreferredCulture { get; set; } = "zh-CN";

    /// <summary>
    /// For staff and employer accounts: a district code (<c>310118</c>, <c>320509</c>, <c>330421</c>) or
    /// <see cref="StaffDistricts.ExecutiveCommittee"/> for all districts. Null for applicants. For an employer, the district of its enterprise.
    /// </summary>
    public string? District { get; set; }

    /// <summary>For an employer account: the unified social credit code of the enterprise it acts for; its district is <see cref="District"/>.</summary>
    public string? EnterpriseCreditCode { get; set; }

    /// <summary>For an employer account: the enterprise's name.</summary>
    public string? EnterpriseName { get; set; }
}
