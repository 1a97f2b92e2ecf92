using Approvals.Infrastructure.Identity;
using Approvals.Infrastructure.Recipients;
using Approvals.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Approvals.Core.Access;

namespace Approvals.Web.Tests.Identity;

/// <summary>Reminders, escalations and digests reach the platform's own users of a role and district.</summary>
public sealed class RecipientDirectoryTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private async Task AddStaffAsync(string email, string role, string district, bool confirmed, string culture = "zh-CN")
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApprovalsUser>>();
        var user = new ApprovalsUser { UserName = email, Email = email, EmailConfirmed = confirmed, DisplayName = email[..email.IndexOf('@')], District = district, PreferredCulture = culture };
        Assert.True((await users.CreateAsync(user, "Str0ng!Passw0rd")).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
    }

    [Fact]
    public async Task The_reviewers_of_a_district_with_confirmed_addresses_are_its_recipients()
    {
        await AddStaffAsync("qp.reviewer@bureau.test", ApprovalsRoles.Reviewer, "310118", confirmed: true, culture: "en");
        await AddStaffAsync("qp.unconfirmed@bureau.test", ApprovalsRoles.Reviewer, "310118", confirmed: false);
        await AddStaffAsync("wj.reviewer@bureau.test", ApprovalsRoles.Reviewer, "320509", confirmed: true);
        await AddStaffAsync("qp.regulator@bureau.test", ApprovalsRoles.Regulator, "310118", confirmed: true);
        var directory = factory.Services.GetRequiredService<IRecipientDirectory>();

        var qingpu = await directory.MembersAsync(ApprovalsRoles.Reviewer, "310118", CancellationToken.None);
        var assignee = await directory.FindUserAsync("wj.reviewer@bureau.test", CancellationToken.None);

        var only = Assert.Single(qingpu);
        Assert.Equal(("qp.reviewer@bureau.test", "en"), (only.Address, only.Culture));
        Assert.Equal("wj.reviewer", assignee?.DisplayName);
    }
}
