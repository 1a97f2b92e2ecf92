using System.Net;
using Approvals.Infrastructure.Identity;
using Approvals.Web.Tests.Support;
using Approvals.Core.Access;

namespace Approvals.Web.Tests.Publication;

public sealed class OwningBureauFactory : ApiFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Workflows:Publication:Approver"] = "OwningBureau",
        ["Workflows:Publication:OwningBureaus:two-level-approval"] = "310118",
    };
}

/// <summary>Configured so that the owning bureau approves: Qingpu owns the sample; procedures without an owner fall back to the committee.</summary>
public sealed class OwningBureauApprovalTests(OwningBureauFactory factory) : IClassFixture<OwningBureauFactory>
{
    private static readonly TestAccount WujiangRegulator = new("regulator.wujiang@test.local", "320509", ApprovalsRoles.Regulator);

    [Fact]
    public async Task The_owning_bureau_approves_its_procedure_and_the_committee_or_another_bureau_cannot()
    {
        var author = factory.CreateClientAs(WujiangRegulator);
        var draft = await author.SaveDraftAsync(await author.EditedAsync("two-level-approval", "\"5wd\"", "\"6wd\""));
        var requestId = await author.RequestedAsync("two-level-approval", draft);

        var byCommittee = await factory.CreateClientAs(TestAccount.CommitteeRegulator).ApproveAsync(requestId);
        var byOwner = await factory.CreateClientAs(TestAccount.QingpuRegulator).ApproveAsync(requestId);

        Assert.Equal(HttpStatusCode.Forbidden, byCommittee.StatusCode);
        Assert.Contains("310118", (string)(await byCommittee.ProblemAsync())["detail"]!, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, byOwner.StatusCode);
    }

    [Fact]
    public async Task A_procedure_with_no_owning_bureau_is_approved_by_the_committee()
    {
        var author = factory.CreateClientAs(TestAccount.QingpuRegulator);
        var draft = await author.SaveDraftAsync(await author.EditedAsync("metrologist-renewal", "\"注册计量师延续注册", "\"延续注册（修订）"));
        var requestId = await author.RequestedAsync("metrologist-renewal", draft);

        var byWujiang = await factory.CreateClientAs(WujiangRegulator).ApproveAsync(requestId);
        var byCommittee = await factory.CreateClientAs(TestAccount.CommitteeRegulator).ApproveAsync(requestId);

        Assert.Equal(HttpStatusCode.Forbidden, byWujiang.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byCommittee.StatusCode);
    }

    [Fact]
    public void An_owning_bureau_that_is_not_a_zone_district_stops_the_host_at_start()
    {
        using var misconfigured = new MisconfiguredOwnerFactory();

        var failure = Assert.ThrowsAny<Exception>(() => misconfigured.CreateClient());

        Assert.Contains("OwningBureaus:two-level-approval", failure.ToString(), StringComparison.Ordinal);
    }

    private sealed class MisconfiguredOwnerFactory : ApiFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Workflows:Publication:OwningBureaus:two-level-approval"] = "999999",
        };
    }
}
