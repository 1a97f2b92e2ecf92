using Approvals.Core.Districts;
using Approvals.Infrastructure.Identity;

namespace Approvals.Web.Identity;

/// <summary>One seeded account: its e-mail prefix, display name, role and district.</summary>
public sealed record DevelopmentAccount(string Prefix, string DisplayName, string Role, string? District);

public static class DevelopmentAccounts
{
    /// <summary>
    /// One applicant; a reviewer and a regulator per district (e.g. <c>reviewer.qingpu</c>); one
    /// executive-committee regulator; one administrator.
    /// </summary>
    public static IReadOnlyList<DevelopmentAccount> For(DistrictDirectory districts) =>
    [
        new("applicant", "申请人 张三", ApprovalsRoles.Applicant, null),
        .. districts.Districts.SelectMany(d => new DevelopmentAccount[]
        {
            new($"reviewer.{d.Key}", $"{d.Name}审核员", ApprovalsRoles.Reviewer, d.Code),
            new($"regulator.{d.Key}", $"{d.Name}监管员", ApprovalsRoles.Regulator, d.Code),
        }),
        new("regulator.committee", "执委会监管员", ApprovalsRoles.Regulator, StaffDistricts.ExecutiveCommittee),
        new("admin", "系统管理员", ApprovalsRoles.Administrator, null),
    ];
}
