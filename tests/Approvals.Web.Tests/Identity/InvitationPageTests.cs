using System.Net;
using System.Net.Http.Json;
using Approvals.Infrastructure.Identity;
using Approvals.UseCases.Employers;
using Approvals.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.Web.Tests.Identity;

/// <summary>
/// A staff member invited by their employer's filing follows the mailed link to <c>/account/accept-invitation</c>: a
/// link that is wrong or expired says so plainly and changes nothing; the right one sets the password and confirms the
/// address, so the account signs in.
/// </summary>
public sealed class InvitationPageTests(ApiFactory factory, InvitationPageTests.ExpiringTokensFactory expiring) : IClassFixture<ApiFactory>, IClassFixture<InvitationPageTests.ExpiringTokensFactory>
{
    /// <summary>Tokens that are over as soon as they are made: every invitation link it mails has expired.</summary>
    public sealed class ExpiringTokensFactory : ApiFactory
    {
        protected override void ConfigureTestServices(IServiceCollection services) =>
            services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromSeconds(-1));
    }

    private const string InvalidLink = "邀请链接无效或已过期";
    private const string NewPassword = "Invited-2026-pw";

    [Fact]
    public async Task The_mailed_link_sets_the_password_and_confirms_the_address_so_the_staff_member_signs_in()
    {
        const string email = "invited.ok@staff.test";
        var link = await InviteAsync(factory, email);

        var page = await AcceptAsync(factory, link, NewPassword);

        Assert.Contains("密码已设置，邮箱已确认。", page, StringComparison.Ordinal);
        var account = await AccountAsync(factory, email);
        Assert.True(account.EmailConfirmed);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { email, password = NewPassword })).StatusCode);
        Assert.Contains(InvalidLink, await AcceptAsync(factory, link, "Another-2026-pw"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tampered_link_says_it_is_invalid_and_leaves_the_account_without_password_and_unconfirmed()
    {
        const string email = "invited.tampered@staff.test";
        var link = await InviteAsync(factory, email);
        var tampered = link.Replace("code=", "code=AAAA", StringComparison.Ordinal);

        var page = await AcceptAsync(factory, tampered, NewPassword);

        Assert.Contains(InvalidLink, page, StringComparison.Ordinal);
        Assert.DoesNotContain("密码已设置", page, StringComparison.Ordinal);
        await AssertUnchangedAsync(factory, email);
    }

    [Fact]
    public async Task An_expired_link_says_so_and_changes_nothing()
    {
        const string email = "invited.expired@staff.test";
        var link = await InviteAsync(expiring, email);

        var page = await AcceptAsync(expiring, link, NewPassword);

        Assert.Contains(InvalidLink, page, StringComparison.Ordinal);
        await AssertUnchangedAsync(expiring, email);
    }

    [Fact]
    public async Task A_link_without_its_account_and_code_says_it_is_invalid_before_asking_for_a_password()
    {

        var page = WebUtility.HtmlDecode(await factory.CreateClient().GetStringAsync("/account/accept-invitation"));

        Assert.Contains(InvalidLink, page, StringComparison.Ordinal);
        Assert.DoesNotContain("type=\"password\"", page, StringComparison.Ordinal);
    }

    /// <summary>Invites an account as an employer's filing does and returns the path and query of the link its mail carries.</summary>
    private static async Task<string> InviteAsync(ApiFactory host, string email)
    {
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<IStaffAccounts>();
            var userId = await accounts.InviteAsync(email, "受邀职工", "zh-CN", CancellationToken.None);
            await accounts.QueueFilingMailAsync(new StaffFilingMail("case-" + email, userId, email, "受邀职工", "zh-CN", "青浦测试计量有限公司",
                new Text.LocalizedText("初始注册", "Initial registration"), Invited: true), CancellationToken.None);
            await accounts.DispatchQueuedAsync(CancellationToken.None);
        }
        return await Invitations.LinkAsync(host, "staff-filing:case-" + email);
    }

    private static Task<string> AcceptAsync(ApiFactory host, string link, string password) => Invitations.AcceptAsync(host, link, password);

    private static async Task<ApprovalsUser> AccountAsync(ApiFactory host, string email)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<ApprovalsUser>>().FindByEmailAsync(email))!;
    }

    private static async Task AssertUnchangedAsync(ApiFactory host, string email)
    {
        var account = await AccountAsync(host, email);
        Assert.False(account.EmailConfirmed);
        Assert.Null(account.PasswordHash);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.CreateClient().PostAsJsonAsync("/api/auth/login", new { email, password = NewPassword })).StatusCode);
    }
}
