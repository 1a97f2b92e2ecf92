using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Approvals.LoadRun;

/// <summary>One person's HTTP client, signed in through <c>POST /api/auth/login</c> and signed in again before the token expires.</summary>
public sealed class SignedInClient(HttpClient http, LoadAccount account, Latencies latencies) : IDisposable
{
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(30);
    private DateTimeOffset _renewAt = DateTimeOffset.MinValue;

    public HttpClient Http => http;

    public async Task EnsureSignedInAsync(CancellationToken cancellationToken)
    {
        if (DateTimeOffset.UtcNow < _renewAt)
            return;
        var requestedAt = DateTimeOffset.UtcNow;
        using var response = await latencies.TimeAsync(Endpoints.Login,
            () => http.PostAsJsonAsync("/api/auth/login", new { email = account.Email, password = LoadHost.Password }, cancellationToken));
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken) ?? throw new InvalidOperationException("The sign-in answered no token.");
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (string)body["accessToken"]!);
        _renewAt = requestedAt + TimeSpan.FromSeconds((int)body["expiresIn"]!) - Margin;
    }

    public void Dispose() => http.Dispose();
}
