using Approvals.Core.Districts;
using Approvals.Core.Access;
using Approvals.Core.Checks;

namespace Approvals.Web.Identity;

/// <summary>One seeded account: its e-mail prefix, display name, role and district (and for an employer, its enterprise).</summary>
public sealed record DevelopmentAccount(string Prefix, string DisplayName, string Role, string? District, string? EnterpriseCreditCode = null, string? EnterpriseName = null);

public static class DevelopmentAccounts
{
    /// <summary>
    /// One applicant; two reviewers and a regulator per district (e.g. <c>reviewer.qingpu</c> and
    /// <c>reviewer2.qingpu</c>, so a level-1 case's second approval by another person can be completed); one
    /// executive-committee regulator; one administrator; an employer per district (<c>employer.qingpu</c>), an enterprise
    /// registered there with a valid credit code, that files for its staff.
    /// </summary>
    public static IReadOnlyList<DevelopmentAccount> For(DistrictDirectory districts) =>
    [
        new("applicant", "申请人 张三", ApprovalsRoles.Applicant, null),
        .. districts.Districts.SelectMany(d => new DevelopmentAccount[]
        {
            new($"reviewer.{d.Key}", $"{d.Name}审核员", ApprovalsRoles.Reviewer, d.Code),
            new($"reviewer2.{d.Key}", $"{d.Name}复核员", ApprovalsRoles.Reviewer, d.Code),
            new($"regulator.{d.Key}", $"{d.Name}监管员", ApprovalsRoles.Regulator, d.Code),
            new($"employer.{d.Key}", $"{d.Name}示范计量有限公司", ApprovalsRoles.Employer, d.Code, EnterpriseCode(d.Code), $"{d.Name}示范计量有限公司"),
        }),
        new("regulator.committee", "执委会监管员", ApprovalsRoles.Regulator, StaffDistricts.ExecutiveCommittee),
        new("admin", "系统管理员", ApprovalsRoles.Administrator, null),
    ];

    private static string EnterpriseCode(string districtCode)
    {
        var first17 = $"91{districtCode}MA1DEM001";
        return first17 + UnifiedSocialCreditCode.ExpectedCheckCharacter(first17);
    }
}
