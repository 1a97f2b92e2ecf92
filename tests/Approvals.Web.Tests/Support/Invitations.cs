using System.Net;
using Approvals.Infrastructure.Persistence;
using Approvals.UseCases.Instances;
using Approvals.Workflows.Runtime;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.Web.Tests.Support;

/// <summary>The invitation links mailed to staff members, read from the outbox, and the accept-invitation form they open.</summary>
public static class Invitations
{
    /// <summary>The path and query of the invitation link in the mail queued under <paramref name="deduplicationKey"/>.</summary>
    public static async Task<string> LinkAsync(ApiFactory host, string deduplicationKey)
    {
        await using var read = host.Services.CreateAsyncScope();
        var payload = await read.ServiceProvider.GetRequiredService<ApprovalsDbContext>().Outbox.AsNoTracking()
            .Where(o => o.DeduplicationKey == deduplicationKey).Select(o => o.PayloadJson).SingleAsync();
        var mail = System.Text.Json.JsonSerializer.Deserialize<EmailRequested>(payload, WorkflowStateJson.Options)!;
        var link = (string)mail.Model!["link"]!;
        Assert.StartsWith(ApiFactory.PublicBaseUrl + "account/accept-invitation?", link, StringComparison.Ordinal);
        return new Uri(link).PathAndQuery;
    }

    /// <summary>Posts the accept-invitation form of <paramref name="link"/> with a password; the page's text as read.</summary>
    public static async Task<string> AcceptAsync(ApiFactory host, string link, string password)
    {
        var query = QueryHelpers.ParseQuery(new Uri(new Uri("http://localhost"), link).Query);
        var response = await host.CreateClient().SubmitAsync(link, "accept-invitation", new Dictionary<string, string>
        {
            ["Input.UserId"] = query["userId"].ToString(),
            ["Input.Code"] = query["code"].ToString(),
            ["Input.Password"] = password,
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}
