using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Approvals.Infrastructure.Identity;
using Approvals.Web.Identity;
using Approvals.Web.Tests.Support;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Approvals.Core.Access;
using Approvals.UseCases.People;

namespace Approvals.Web.Tests.Identity;

/// <summary>
/// A password change or reset, a lock, a role or district change ends the user's bearer tokens, cookies and open
/// pages within a minute; access tokens live five minutes and are renewed with a refresh token that is refused
/// once the account changed.
/// </summary>
public sealed class RevocationTests(FakeClockApiFactory factory) : IClassFixture<FakeClockApiFactory>
{
    private static readonly TimeSpan RevalidationInterval = TimeSpan.FromMinutes(1);

    public static TheoryData<string> Changes => ["role", "district", "lock", "password reset", "password change"];

    private static TestAccount Reviewer(string name) => new($"{name.Replace(' ', '-')}@revocation.test", "310118", ApprovalsRoles.Reviewer);

    private async Task<JsonObject> LoginAsync(TestAccount account)
    {
        await factory.EnsureAccountAsync(account);
        var response = await factory.CreateDefaultClient().PostAsJsonAsync("/api/auth/login", new { email = account.Email, password = TestAccount.Password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private async Task<HttpStatusCode> TasksWithTokenAsync(JsonObject token)
    {
        var client = factory.CreateDefaultClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", (string)token["accessToken"]!);
        return (await client.GetAsync("/api/tasks")).StatusCode;
    }

    private async Task<HttpResponseMessage> RefreshAsync(JsonObject token) =>
        await factory.CreateDefaultClient().PostAsJsonAsync("/api/auth/refresh", new { refreshToken = (string)token["refreshToken"]! });

    private async Task<ApprovalsUser> UserAsync(IServiceProvider services, TestAccount account) =>
        (await services.GetRequiredService<UserManager<ApprovalsUser>>().FindByEmailAsync(account.Email))!;

    /// <summary>What an administrator or the user does to the account, as the pages do it.</summary>
    private async Task ChangeAsync(string change, TestAccount account)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApprovalsUser>>();
        var administration = scope.ServiceProvider.GetRequiredService<IUserAdministration>();
        var user = await UserAsync(scope.ServiceProvider, account);
        const string newPassword = "Another-password-2026";
        var result = change switch
        {
            "role" => await administration.SaveAsync(user.Id, [ApprovalsRoles.Reviewer, ApprovalsRoles.Regulator], "310118"),
            "district" => await administration.SaveAsync(user.Id, [ApprovalsRoles.Reviewer], "320509"),
            "lock" => await LockAsync(administration, user.Id),
            "password reset" => Errors(await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), newPassword)),
            "password change" => Errors(await users.ChangePasswordAsync(user, TestAccount.Password, newPassword)),
            _ => throw new ArgumentOutOfRangeException(nameof(change), change, null),
        };
        Assert.Empty(result);
    }

    private static async Task<IReadOnlyList<string>> LockAsync(IUserAdministration administration, string userId)
    {
        await administration.LockAsync(userId);
        return [];
    }

    private static IReadOnlyList<string> Errors(IdentityResult result) => result.Errors.Select(e => e.Description).ToList();

    [Fact]
    public async Task Login_gives_a_five_minute_access_token_and_a_refresh_token()
    {
        var token = await LoginAsync(Reviewer("lifetime"));

        Assert.Equal(300, (int)token["expiresIn"]!);
        Assert.False(string.IsNullOrEmpty((string?)token["refreshToken"]));
    }

    [Fact]
    public async Task A_token_of_an_unchanged_account_keeps_working_past_the_revalidation_interval_until_it_expires()
    {
        var token = await LoginAsync(Reviewer("unchanged"));

        factory.Clock.Advance(TimeSpan.FromMinutes(4));
        var withinLifetime = await TasksWithTokenAsync(token);
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        var expired = await TasksWithTokenAsync(token);

        Assert.Equal(HttpStatusCode.OK, withinLifetime);
        Assert.Equal(HttpStatusCode.Unauthorized, expired);
    }

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task A_bearer_token_stops_working_within_a_minute_of_a_change_to_its_account(string change)
    {
        var account = Reviewer("bearer " + change);
        var token = await LoginAsync(account);
        var before = await TasksWithTokenAsync(token);

        await ChangeAsync(change, account);
        factory.Clock.Advance(RevalidationInterval);

        Assert.Equal(HttpStatusCode.OK, before);
        Assert.Equal(HttpStatusCode.Unauthorized, await TasksWithTokenAsync(token));
    }

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task A_refresh_token_is_refused_after_a_change_to_its_account(string change)
    {
        var account = Reviewer("refresh " + change);
        var token = await LoginAsync(account);

        await ChangeAsync(change, account);
        var refreshed = await RefreshAsync(token);

        Assert.Equal(HttpStatusCode.Unauthorized, refreshed.StatusCode);
        Assert.Contains("重新登录", (string)(await refreshed.ProblemAsync())["detail"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refresh_token_of_an_unchanged_account_gives_a_new_access_token_after_the_old_one_expired()
    {
        var token = await LoginAsync(Reviewer("renewed"));
        factory.Clock.Advance(TimeSpan.FromMinutes(6));

        var refreshed = await RefreshAsync(token);
        var renewed = (await refreshed.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await TasksWithTokenAsync(token));
        Assert.Equal(HttpStatusCode.OK, await TasksWithTokenAsync(renewed));
    }

    [Fact]
    public async Task A_refresh_token_that_is_not_one_is_refused()
    {
        var refreshed = await RefreshAsync(new JsonObject { ["refreshToken"] = "not-a-token" });

        Assert.Equal(HttpStatusCode.Unauthorized, refreshed.StatusCode);
    }

    [Fact]
    public async Task A_signed_in_page_cookie_stops_working_within_a_minute_of_a_role_change()
    {
        var account = Reviewer("cookie");
        await factory.EnsureAccountAsync(account);
        var browser = factory.CreateClient();
        await browser.SubmitAsync("/account/login", "login", new Dictionary<string, string> { ["Input.Email"] = account.Email, ["Input.Password"] = TestAccount.Password });
        var before = (await browser.GetAsync("/api/tasks")).StatusCode;

        await ChangeAsync("role", account);
        factory.Clock.Advance(RevalidationInterval + TimeSpan.FromSeconds(1));

        Assert.Equal(HttpStatusCode.OK, before);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/tasks")).StatusCode);
    }

    [Fact]
    public async Task An_open_page_is_signed_out_at_its_next_revalidation_once_the_district_changed()
    {
        var account = Reviewer("circuit");
        await factory.EnsureAccountAsync(account);
        await using var scope = factory.Services.CreateAsyncScope();
        var provider = Assert.IsType<StampRevalidatingAuthenticationStateProvider>(scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>());
        var signedIn = new AuthenticationState(await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<ApprovalsUser>>()
            .CreateAsync(await UserAsync(scope.ServiceProvider, account)));
        var before = await provider.IsStillValidAsync(signedIn, CancellationToken.None);

        await ChangeAsync("district", account);

        Assert.True(before);
        Assert.False(await provider.IsStillValidAsync(signedIn, CancellationToken.None));
    }
}
