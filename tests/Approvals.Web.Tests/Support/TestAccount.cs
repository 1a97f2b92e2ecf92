using Approvals.Infrastructure.Identity;
using Approvals.Infrastructure.Workflows;
using Approvals.Core.Access;

namespace Approvals.Web.Tests.Support;

/// <summary>An account a test signs in as; created on first use in the factory's database.</summary>
public sealed record TestAccount(string Email, string? District, params string[] Roles)
{
    public const string Password = "Test-password-2026";

    /// <summary>This account as the pages and endpoints see it once signed in (user id and name are the e-mail).</summary>
    public Caller Scope => new(Email, Email, Email, new HashSet<string>(Roles), District);

    /// <summary>Every staff role on every district: for tests about the engine, not about access.</summary>
    public static TestAccount Staff { get; } = new("staff@test.local", StaffDistricts.ExecutiveCommittee, ApprovalsRoles.Reviewer, ApprovalsRoles.Regulator);
    public static TestAccount Applicant { get; } = new("applicant@test.local", null, ApprovalsRoles.Applicant);
    public static TestAccount QingpuReviewer { get; } = new("reviewer.qingpu@test.local", "310118", ApprovalsRoles.Reviewer);
    public static TestAccount WujiangReviewer { get; } = new("reviewer.wujiang@test.local", "320509", ApprovalsRoles.Reviewer);
    public static TestAccount QingpuRegulator { get; } = new("regulator.qingpu@test.local", "310118", ApprovalsRoles.Regulator);
    public static TestAccount WujiangRegulator { get; } = new("regulator.wujiang@test.local", "320509", ApprovalsRoles.Regulator);
    public static TestAccount CommitteeRegulator { get; } = new("regulator.committee@test.local", StaffDistricts.ExecutiveCommittee, ApprovalsRoles.Regulator);
    public static TestAccount Administrator { get; } = new("admin@test.local", null, ApprovalsRoles.Administrator);
}
