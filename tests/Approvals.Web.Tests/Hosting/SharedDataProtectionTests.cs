using System.Net;
using Approvals.Infrastructure.Persistence;
using Approvals.Web.Tests.Support;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Approvals.Web.Tests.Hosting;

/// <summary>
/// Two hosts on one database are two nodes of a deployment: a login form served by one is accepted by the other
/// (its antiforgery token), the sign-in cookie the other sets is read by the first, and both still hold after the
/// nodes are restarted, because the keys that protect them are in the database under one application name.
/// </summary>
public sealed class SharedDataProtectionTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("approvals-nodes-").FullName;
    private readonly string _workflows = Directory.CreateTempSubdirectory("approvals-nodes-workflows-").FullName;
    private readonly CookieContainer _browser = new();

    [Fact]
    public async Task A_form_token_and_sign_in_cookie_from_one_node_work_on_another_node_and_after_a_restart()
    {
        var account = TestAccount.QingpuReviewer;
        HttpStatusCode onFirst;
        await using (var first = Node())
        await using (var second = Node())
        {
            await first.EnsureAccountAsync(account);
            var formFromFirst = Browser(first);
            var signIn = await formFromFirst.SubmitAsync("/account/login", "login",
                new Dictionary<string, string> { ["Input.Email"] = account.Email, ["Input.Password"] = TestAccount.Password }, postTo: Browser(second));
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            onFirst = (await formFromFirst.GetAsync("/api/tasks")).StatusCode;
        }

        await using var restarted = Node();
        var afterRestart = (await Browser(restarted).GetAsync("/api/tasks")).StatusCode;

        Assert.Equal(HttpStatusCode.OK, onFirst);
        Assert.Equal(HttpStatusCode.OK, afterRestart);
    }

    [Fact]
    public async Task The_keys_are_kept_in_the_database_under_the_platforms_application_name()
    {
        await using var node = Node();

        await using var scope = node.Services.CreateAsyncScope();
        var keys = await scope.ServiceProvider.GetRequiredService<ApprovalsDbContext>().DataProtectionKeys.CountAsync();
        var applicationName = node.Services.GetRequiredService<IOptions<DataProtectionOptions>>().Value.ApplicationDiscriminator;

        Assert.Equal(1, keys);
        Assert.Equal(SharedDataProtection.ApplicationName, applicationName);
    }

    private RestartableApiFactory Node() => new(_data, _workflows);

    /// <summary>One browser (one cookie jar) talking to whichever node it is given.</summary>
    private HttpClient Browser(ApiFactory node) => node.CreateDefaultClient(new CookieContainerHandler(_browser));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
        Directory.Delete(_workflows, recursive: true);
    }
}
