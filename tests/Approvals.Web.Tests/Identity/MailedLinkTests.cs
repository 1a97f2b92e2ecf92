using System.Net;
using Approvals.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Approvals.Web.Tests.Identity;

/// <summary>
/// Reset and confirmation links point at <c>App:PublicBaseUrl</c> whatever Host or X-Forwarded-Host the request
/// claims: a forged host cannot turn a genuine mail into a link to the attacker's site. The host filter is opened
/// to every host here so that the link building itself is what is tested.
/// </summary>
public sealed class MailedLinkTests(MailedLinkTests.AnyHostFactory factory) : IClassFixture<MailedLinkTests.AnyHostFactory>
{
    public sealed class AnyHostFactory : ApiFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["AllowedHosts"] = "*" };
    }

    private const string Evil = "evil.example";

    private HttpClient ClientWithHost(string host) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"http://{host}/") });

    private HttpClient ClientForwardedFrom(string host)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-Host", host);
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        return client;
    }

    private async Task<string> ForgotPasswordLinkAsync(HttpClient client, string email)
    {
        await factory.EnsureAccountAsync(new TestAccount(email, null, "Applicant"));
        var response = await client.SubmitAsync("/account/forgot-password", "forgot", new Dictionary<string, string> { ["Input.Email"] = email });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var mail = Assert.Single(await AccountForms.MailTo(factory.Folder, email));
        return Assert.Single(AccountForms.Links(mail).Distinct());
    }

    private async Task<string> ConfirmationLinkAsync(HttpClient client, string email)
    {
        var response = await client.SubmitAsync("/account/register", "register", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "新申请人",
            ["Input.Email"] = email,
            ["Input.Password"] = TestAccount.Password,
            ["Input.ConfirmPassword"] = TestAccount.Password,
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var mail = Assert.Single(await AccountForms.MailTo(factory.Folder, email));
        return Assert.Single(AccountForms.Links(mail).Distinct());
    }

    [Theory]
    [InlineData("account/reset-password?code=", "Host")]
    [InlineData("account/reset-password?code=", "X-Forwarded-Host")]
    [InlineData("account/confirm-email?userId=", "Host")]
    [InlineData("account/confirm-email?userId=", "X-Forwarded-Host")]
    public async Task Account_mail_asked_for_with_a_forged_host_links_only_to_the_configured_address(string page, string forgedHeader)
    {
        var client = forgedHeader == "Host" ? ClientWithHost(Evil) : ClientForwardedFrom(Evil);
        var email = $"{page[8..13]}-{forgedHeader}@test.local".ToLowerInvariant();

        var link = page.StartsWith("account/reset", StringComparison.Ordinal)
            ? await ForgotPasswordLinkAsync(client, email)
            : await ConfirmationLinkAsync(client, email);

        Assert.StartsWith(ApiFactory.PublicBaseUrl + page, link, StringComparison.Ordinal);
        Assert.DoesNotContain(Evil, link, StringComparison.OrdinalIgnoreCase);
    }
}
