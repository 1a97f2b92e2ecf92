using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Approvals.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.Web.Tests.Support;

public static class SignedInClients
{
    /// <summary>A client that signs in as <paramref name="account"/> through <c>POST /api/auth/login</c> before its first request.</summary>
    public static HttpClient CreateClientAs(this WebApplicationFactory<Program> factory, TestAccount account) =>
        factory.CreateDefaultClient(new BearerTokenHandler(factory, account));

    /// <summary>Creates the account once; <paramref name="displayName"/> is the name it gave itself (its e-mail when none).</summary>
    public static async Task EnsureAccountAsync(this WebApplicationFactory<Program> factory, TestAccount account, string? displayName = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApprovalsUser>>();
        if (await users.FindByEmailAsync(account.Email) is not null)
            return;
        var user = new ApprovalsUser { UserName = account.Email, Email = account.Email, EmailConfirmed = true, DisplayName = displayName ?? account.Email, District = account.District };
        var created = await users.CreateAsync(user, TestAccount.Password);
        if (!created.Succeeded && created.Errors.All(e => e.Code != "DuplicateUserName"))
            throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
        if (created.Succeeded)
            await users.AddToRolesAsync(user, account.Roles);
    }

    /// <summary>Signs in again, as a script would, once the short-lived access token is about to expire.</summary>
    private sealed class BearerTokenHandler(WebApplicationFactory<Program> factory, TestAccount account) : DelegatingHandler
    {
        private static readonly TimeSpan Margin = TimeSpan.FromSeconds(30);
        private (string Value, DateTimeOffset RenewAt)? _token;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (_token is not { } token || DateTimeOffset.UtcNow >= token.RenewAt)
                _token = token = await SignInAsync(cancellationToken);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Value);
            return await base.SendAsync(request, cancellationToken);
        }

        private async Task<(string, DateTimeOffset)> SignInAsync(CancellationToken cancellationToken)
        {
            var requestedAt = DateTimeOffset.UtcNow;
            await factory.EnsureAccountAsync(account);
            using var login = new HttpRequestMessage(HttpMethod.Post, new Uri(factory.Server.BaseAddress, "/api/auth/login"))
            {
                Content = JsonContent.Create(new { email = account.Email, password = TestAccount.Password }),
            };
            using var response = await base.SendAsync(login, cancellationToken);
            response.EnsureSuccessStatusCode();
            var body = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken);
            return ((string)body!["accessToken"]!, requestedAt + TimeSpan.FromSeconds((int)body["expiresIn"]!) - Margin);
        }
    }
}
