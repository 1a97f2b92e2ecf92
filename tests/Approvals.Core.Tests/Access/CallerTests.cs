using System.Security.Claims;
using Approvals.Core.Access;

namespace Approvals.Core.Tests.Access;

/// <summary>The caller the pages, the API and the services share, read from the claims the identity issues.</summary>
public sealed class CallerTests
{
    [Fact]
    public void A_signed_in_user_is_read_from_the_identitys_claims()
    {
        var caller = Caller.From(SignedIn("reviewer.qingpu@test.local", "310118", ApprovalsRoles.Reviewer, ApprovalsRoles.Regulator));

        Assert.NotNull(caller);
        Assert.Equal(("user-1", "reviewer.qingpu@test.local", "reviewer.qingpu@test.local", "310118"), (caller.UserId, caller.UserName, caller.Email, caller.DistrictCode));
        Assert.Equal([ApprovalsRoles.Regulator, ApprovalsRoles.Reviewer], caller.Roles.Order());
    }

    [Fact]
    public void An_anonymous_user_is_no_caller_and_an_endpoint_behind_authorization_refuses_to_run_for_one()
    {
        var anonymous = new ClaimsPrincipal(new ClaimsIdentity());

        Assert.Null(Caller.From(anonymous));
        Assert.Throws<InvalidOperationException>(() => Caller.FromSignedIn(anonymous));
    }

    [Fact]
    public void A_district_reviewer_sees_and_works_the_reviewer_tasks_of_their_district_only()
    {
        var reviewer = Caller.FromSignedIn(SignedIn("reviewer.qingpu@test.local", "310118", ApprovalsRoles.Reviewer));

        Assert.Equal("310118", reviewer.VisibleDistrict);
        Assert.Equal([ApprovalsRoles.Reviewer], reviewer.VisibleRoles!);
        Assert.True(reviewer.MayWork(ApprovalsRoles.Reviewer));
        Assert.False(reviewer.MayWork(ApprovalsRoles.Regulator));
    }

    [Fact]
    public void A_regulator_reads_every_task_of_their_district_but_works_only_regulator_tasks()
    {
        var regulator = Caller.FromSignedIn(SignedIn("regulator.qingpu@test.local", "310118", ApprovalsRoles.Regulator));

        Assert.Null(regulator.VisibleRoles);
        Assert.True(regulator.MayWork(ApprovalsRoles.Regulator));
        Assert.False(regulator.MayWork(ApprovalsRoles.Reviewer));
    }

    [Fact]
    public void The_executive_committee_sees_every_district_and_staff_without_a_district_see_none()
    {
        var committee = Caller.FromSignedIn(SignedIn("regulator.committee@test.local", StaffDistricts.ExecutiveCommittee, ApprovalsRoles.Regulator));
        var nowhere = Caller.FromSignedIn(SignedIn("reviewer.new@test.local", null, ApprovalsRoles.Reviewer));

        Assert.Null(committee.VisibleDistrict);
        Assert.Equal(Caller.NoDistrict, nowhere.VisibleDistrict);
    }

    [Fact]
    public void An_applicant_or_administrator_works_no_task()
    {
        var applicant = Caller.FromSignedIn(SignedIn("applicant@test.local", null, ApprovalsRoles.Applicant, ApprovalsRoles.Administrator));

        Assert.Empty(applicant.WorkRoles!);
        Assert.False(applicant.MayWork(ApprovalsRoles.Reviewer));
        Assert.False(applicant.IsReviewer);
    }

    [Fact]
    public void Background_work_sees_everything_and_acts_for_nobody_unless_admitted_for_a_user()
    {
        Assert.Equal((null, null, null, (string?)null), (Caller.System.VisibleDistrict, Caller.System.VisibleRoles, Caller.System.WorkRoles, Caller.System.UserName));
        Assert.True(Caller.System.MayWork(ApprovalsRoles.Reviewer));
        Assert.Equal("applicant-7", Caller.Admitted("applicant-7").UserName);
        Assert.Null(Caller.Admitted("applicant-7").VisibleDistrict);
    }

    private static ClaimsPrincipal SignedIn(string email, string? district, params string[] roles)
    {
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, "user-1"), new(ClaimTypes.Name, email), new(ClaimTypes.Email, email) };
        claims.AddRange(roles.Select(role => new Claim(ClaimTypes.Role, role)));
        if (district is not null)
            claims.Add(new Claim(CallerClaimTypes.District, district));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "Test"));
    }
}
