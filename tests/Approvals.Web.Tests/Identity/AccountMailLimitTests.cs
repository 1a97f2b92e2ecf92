using System.Net;
using Approvals.Infrastructure.Identity;
using Approvals.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.Web.Tests.Identity;

/// <summary>
/// The pages that mail an address they are given (forgot password, register) are limited per e-mail address and per
/// client: the request over the limit within the window is answered 429 with the reason on the page and sends nothing,
/// while another address (or, under the per-address limit, another client) still works. Each test starts its own host
/// so that the windows of one do not count for another.
/// </summary>
public sealed class AccountMailLimitTests
{
    private const string ForgotPage = "/account/forgot-password";

    [Fact]
    public async Task Forgot_password_asked_once_more_than_the_limit_for_one_address_is_refused_while_another_address_still_gets_its_mail()
    {
        using var factory = new ConfiguredApiFactory(new Dictionary<string, string?> { ["AccountMailLimit:PerAddressPermitLimit"] = "3" });
        const string target = "target@test.local";
        const string other = "other@test.local";
        await factory.EnsureAccountAsync(new TestAccount(target, null, "Applicant"));
        await factory.EnsureAccountAsync(new TestAccount(other, null, "Applicant"));
        var client = factory.CreateClient();

        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await ForgotAsync(client, target)).StatusCode);
        var refused = await ForgotAsync(client, target);
        var allowed = await ForgotAsync(client, other);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter is not null);
        Assert.Contains("请求过于频繁", await PageTextAsync(refused), StringComparison.Ordinal);
        Assert.Equal(3, (await AccountForms.MailTo(factory.Folder, target)).Count);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Single(await AccountForms.MailTo(factory.Folder, other));
    }

    [Fact]
    public async Task The_limit_per_address_answers_the_same_for_an_address_without_an_account()
    {
        using var factory = new ConfiguredApiFactory(new Dictionary<string, string?> { ["AccountMailLimit:PerAddressPermitLimit"] = "1" });
        var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await ForgotAsync(client, "nobody@test.local")).StatusCode);
        var refused = await ForgotAsync(client, "nobody@test.local");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("请求过于频繁", await PageTextAsync(refused), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registering_from_one_client_beyond_its_limit_is_refused_in_english_too_and_creates_no_account()
    {
        using var factory = new ConfiguredApiFactory(new Dictionary<string, string?> { ["AccountMailLimit:PerClientPermitLimit"] = "2" });
        var client = factory.CreateClient();
        // The pages speak English when the culture cookie (the language switch) asks for it.
        client.DefaultRequestHeaders.Add("Cookie", $"{CookieRequestCultureProvider.DefaultCookieName}={Uri.EscapeDataString(CookieRequestCultureProvider.MakeCookieValue(new RequestCulture("en")))}");

        Assert.Equal(HttpStatusCode.OK, (await RegisterAsync(client, "first@test.local")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await RegisterAsync(client, "second@test.local")).StatusCode);
        var refused = await RegisterAsync(client, "third@test.local");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("Too many requests for this e-mail address or from your network", await PageTextAsync(refused), StringComparison.Ordinal);
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApprovalsUser>>();
        Assert.NotNull(await users.FindByEmailAsync("second@test.local"));
        Assert.Null(await users.FindByEmailAsync("third@test.local"));
        Assert.Empty(await AccountForms.MailTo(factory.Folder, "third@test.local"));
    }

    private static Task<HttpResponseMessage> ForgotAsync(HttpClient client, string email) =>
        client.SubmitAsync(ForgotPage, "forgot", new Dictionary<string, string> { ["Input.Email"] = email });

    private static Task<HttpResponseMessage> RegisterAsync(HttpClient client, string email) =>
        client.SubmitAsync("/account/register", "register", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "新申请人",
            ["Input.Email"] = email,
            ["Input.Password"] = TestAccount.Password,
            ["Input.ConfirmPassword"] = TestAccount.Password,
        });

    private static async Task<string> PageTextAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
}
