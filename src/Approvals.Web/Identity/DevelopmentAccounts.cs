using Approvals.Core.Districts;
using Approvals.Core.Access;

namespace Approvals.Web.Identity;

/// <summary>One seeded account: its e-mail prefix, display name, role and district.</summary>
public sealed record DevelopmentAccount(string Prefix, string DisplayName, string Role, string? District);

public static class DevelopmentAccounts
{
    /// <summary>
    /// One applicant; two reviewers and a regulator per district (e.g. <c>reviewer.qingpu</c> and
    /// <c>reviewer2.qingpu</c>, so a level-1 case's second approval by another person can be completed); one
    /// executive-committee regulator; one administrator.
    /// </summary>
    public static IReadOnlyList<DevelopmentAccount> For(DistrictDirectory districts) =>
    [
        new("applicant", "申请人 张三", ApprovalsRoles.Applicant, null),
        .. districts.Districts.SelectMany(d => new DevelopmentAccount[]
        {
            new($"reviewer.{d.Key}", $"{d.Name}审核员", ApprovalsRoles.Reviewer, d.Code),
            new($"reviewer2.{d.Key}", $"{d.Name}复核员", ApprovalsRoles.Reviewer, d.Code),
            new($"regulator.{d.Key}", $"{d.Name}监管员", ApprovalsRoles.Regulator, d.Code),
        }),
        new("regulator.committee", "执委会监管员", ApprovalsRoles.Regulator, StaffDistricts.ExecutiveCommittee),
        new("admin", "系统管理员", ApprovalsRoles.Administrator, null),
    ];
}
