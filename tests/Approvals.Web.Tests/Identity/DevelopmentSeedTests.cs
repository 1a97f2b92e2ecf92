using Approvals.Infrastructure.Identity;
using Approvals.Infrastructure.Persistence;
using Approvals.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Approvals.Core.Access;

namespace Approvals.Web.Tests.Identity;

/// <summary>Development start-up seeds the demo accounts of README once, however often the host starts.</summary>
public sealed class DevelopmentSeedTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("approvals-seed-").FullName;

    private sealed class Host(string folder, string environment) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment(environment);
            builder.UseSetting("ConnectionStrings:Approvals", $"Data Source={Path.Combine(folder, "approvals.db")}");
            builder.UseSetting("ConnectionStrings:Hangfire", Path.Combine(folder, "hangfire.db"));
            builder.UseSetting("Hangfire:ServerEnabled", "false");
            builder.UseSetting("Smtp:PickupFolder", Path.Combine(folder, "mail"));
            builder.UseSetting("App:PublicBaseUrl", ApiFactory.PublicBaseUrl);
            builder.ConfigureServices(services => services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance));
        }
    }

    private async Task<List<(string Email, string? District, IList<string> Roles)>> AccountsAfterStartAsync(string environment)
    {
        await using var host = new Host(_folder, environment);
        await using var scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApprovalsUser>>();
        var all = await scope.ServiceProvider.GetRequiredService<ApprovalsDbContext>().Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync();
        var result = new List<(string, string?, IList<string>)>();
        foreach (var user in all)
            result.Add((user.Email!, user.District, await users.GetRolesAsync(user)));
        return result;
    }

    [Fact]
    public async Task Development_seeds_an_applicant_two_reviewers_a_regulator_and_an_employer_per_district_a_committee_regulator_and_an_administrator_once()
    {
        var first = await AccountsAfterStartAsync("Development");
        var second = await AccountsAfterStartAsync("Development");

        Assert.Equal(15, first.Count);
        Assert.Equal(first.Select(a => a.Email), second.Select(a => a.Email));
        Assert.Contains(first, a => a.Email == "reviewer.wujiang@approvals.local" && a.District == "320509" && a.Roles.SequenceEqual([ApprovalsRoles.Reviewer]));
        // A level-1 case needs a second approval by another person of the same district (four eyes).
        foreach (var district in new[] { ("qingpu", "310118"), ("wujiang", "320509"), ("jiashan", "330421") })
        {
            Assert.Equal(2, first.Count(a => a.District == district.Item2 && a.Roles.SequenceEqual([ApprovalsRoles.Reviewer])));
            Assert.Contains(first, a => a.Email == $"reviewer2.{district.Item1}@approvals.local" && a.District == district.Item2);
        }
        Assert.Contains(first, a => a.Email == "regulator.committee@approvals.local" && a.District == StaffDistricts.ExecutiveCommittee);
        Assert.Contains(first, a => a.Email == "admin@approvals.local" && a.Roles.Contains(ApprovalsRoles.Administrator));
        Assert.Contains(first, a => a.Email == "employer.qingpu@approvals.local" && a.District == "310118" && a.Roles.SequenceEqual([ApprovalsRoles.Employer]));
    }

    [Fact]
    public async Task Other_environments_seed_no_accounts()
    {
        Assert.Empty(await AccountsAfterStartAsync("Production"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
