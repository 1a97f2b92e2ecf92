using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.Browser.Tests.Support;

/// <summary>The app's API as another system or a reviewer's own client calls it: signed in by bearer token.</summary>
public static class ApiClients
{
    public static async Task<HttpClient> ApiAsAsync(this BrowserAppFactory app, string email)
    {
        var client = new HttpClient { BaseAddress = app.RootUri };
        var password = app.Services.GetRequiredService<IConfiguration>()["DevelopmentAccounts:Password"]!;
        var login = await client.PostAsJsonAsync("/api/auth/login", new { email, password });
        login.EnsureSuccessStatusCode();
        var token = (string)(await login.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
