using Approvals.Core.Districts;
using Approvals.Infrastructure.Identity;
using Approvals.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Approvals.Core.Access;

namespace Approvals.Web.Identity;

/// <summary>
/// Creates the roles always, and in Development the demo accounts of <see cref="DevelopmentAccounts"/>.
/// Idempotent: an existing account or role is left as it is. Runs after the database migrator.
/// </summary>
internal sealed partial class DevelopmentAccountSeeder(
    IServiceScopeFactory scopes, IHostEnvironment environment, IOptions<DevelopmentAccountsOptions> options,
    DistrictDirectory districts, ILogger<DevelopmentAccountSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await OneNodeAtATime.RunAsync(scope.ServiceProvider.GetRequiredService<ApprovalsDbContext>(), () => SeedAsync(scope.ServiceProvider), cancellationToken);
    }

    private async Task SeedAsync(IServiceProvider services)
    {
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in ApprovalsRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
                Check(await roles.CreateAsync(new IdentityRole(role)), role);
        }

        var settings = options.Value;
        if (!environment.IsDevelopment() || !settings.Enabled)
            return;
        if (string.IsNullOrWhiteSpace(settings.Password))
            throw new InvalidOperationException("DevelopmentAccounts:Password is empty; set it in appsettings.Development.json.");

        var users = services.GetRequiredService<UserManager<ApprovalsUser>>();
        foreach (var account in DevelopmentAccounts.For(districts))
        {
            var email = $"{account.Prefix}@{settings.Domain}";
            if (await users.FindByEmailAsync(email) is not null)
                continue;
            var user = new ApprovalsUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = account.DisplayName,
                District = account.District,
                EnterpriseCreditCode = account.EnterpriseCreditCode,
                EnterpriseName = account.EnterpriseName,
            };
            Check(await users.CreateAsync(user, settings.Password), email);
            Check(await users.AddToRoleAsync(user, account.Role), email);
            LogSeeded(logger, email, account.Role);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"Seeding '{what}' failed: {string.Join("; ", result.Errors.Select(e => e.Description))}");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded development account {Email} ({Role})")]
    private static partial void LogSeeded(ILogger logger, string email, string role);
}
