using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json.Nodes;
using Approvals.Infrastructure.Identity;
using Approvals.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Approvals.Core.Access;

namespace Approvals.Web.Tests.Identity;

public sealed class SignInTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private async Task<HttpResponseMessage> LoginAsync(string email, string password) =>
        await factory.CreateDefaultClient().PostAsJsonAsync("/api/auth/login", new { email, password });

    [Fact]
    public async Task Login_returns_a_bearer_token_the_api_accepts()
    {
        await factory.EnsureAccountAsync(TestAccount.QingpuReviewer);

        var login = await LoginAsync(TestAccount.QingpuReviewer.Email, TestAccount.Password);
        var token = await login.Content.ReadFromJsonAsync<JsonObject>();
        var client = factory.CreateDefaultClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", (string)token!["accessToken"]!);

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Equal("Bearer", (string)token["tokenType"]!);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/tasks")).StatusCode);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_so_even_the_right_one_is_refused()
    {
        var account = new TestAccount("locked@test.local", "310118", ApprovalsRoles.Reviewer);
        await factory.EnsureAccountAsync(account);

        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await LoginAsync(account.Email, "Wrong-password-1")).StatusCode);
        var right = await LoginAsync(account.Email, TestAccount.Password);

        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Contains("已被锁定", (string)(await right.ProblemAsync())["detail"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unconfirmed_address_cannot_sign_in()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApprovalsUser>>();
        var user = new ApprovalsUser { UserName = "new@test.local", Email = "new@test.local", DisplayName = "新用户" };
        await users.CreateAsync(user, TestAccount.Password);

        var login = await LoginAsync(user.Email, TestAccount.Password);

        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
        Assert.Contains("尚未确认", (string)(await login.ProblemAsync())["detail"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_in_staff_member_carries_the_claims_the_domain_reads()
    {
        await factory.EnsureAccountAsync(TestAccount.QingpuReviewer);
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApprovalsUser>>();
        var user = (await users.FindByEmailAsync(TestAccount.QingpuReviewer.Email))!;

        var principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<ApprovalsUser>>().CreateAsync(user);

        Assert.Equal(user.Id, principal.FindFirstValue(ClaimTypes.NameIdentifier));
        Assert.Equal(TestAccount.QingpuReviewer.Email, principal.FindFirstValue(ClaimTypes.Email));
        Assert.Equal(TestAccount.QingpuReviewer.Email, principal.Identity!.Name);
        Assert.True(principal.IsInRole(ApprovalsRoles.Reviewer));
        Assert.Equal("310118", principal.FindFirstValue(CallerClaimTypes.District));
    }
}
