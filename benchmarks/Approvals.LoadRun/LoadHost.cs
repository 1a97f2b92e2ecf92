using System.Net;
using Approvals.Core.Access;
using Approvals.Infrastructure.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Approvals.Infrastructure.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.LoadRun;

/// <summary>
/// The whole host, as operators run it (Hangfire server, mail to a pickup folder, documents on disk), listening with
/// Kestrel on a free port of 127.0.0.1 only, on a fresh SQLite file or a fresh PostgreSQL database.
/// </summary>
public sealed class LoadHost : WebApplicationFactory<Program>
{
    public const string Password = "Load-run-2026";
    public const string Qingpu = "310118";

    private readonly LoadDatabase _database;

    private LoadHost(LoadDatabase database) => _database = database;

    public string Folder { get; } = Directory.CreateTempSubdirectory("approvals-load-").FullName;

    /// <summary>Where Kestrel listens, e.g. <c>http://127.0.0.1:40123</c>.</summary>
    public Uri Address { get; private set; } = null!;

    public string DatabaseName => _database.Description;

    public static async Task<LoadHost> StartAsync(LoadRunOptions options) =>
        Start(await LoadDatabase.CreateAsync(options.PostgreSqlServer));

    /// <summary>The host on the given database, migrated at start-up as every node migrates.</summary>
    public static LoadHost Start(LoadDatabase database)
    {
        var host = new LoadHost(database);
        host.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        host.StartServer();
        var addresses = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        host.Address = new Uri(addresses.First());
        return host;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("LoadRun");
        if (_database.PostgreSql is { } connectionString)
        {
            builder.UseSetting("Database:Provider", "PostgreSql");
            builder.UseSetting("ConnectionStrings:Approvals", connectionString);
        }
        else
        {
            builder.UseSetting("ConnectionStrings:Approvals", $"Data Source={_database.SqliteFile ?? Path.Combine(Folder, "approvals.db")}");
            builder.UseSetting("ConnectionStrings:Hangfire", _database.SqliteFile is { } file ? file + ".hangfire" : Path.Combine(Folder, "hangfire.db"));
        }
        builder.UseSetting("Hangfire:ServerEnabled", "true");
        builder.UseSetting("Smtp:PickupFolder", Path.Combine(Folder, "mail"));
        builder.UseSetting("Documents:StorageFolder", Path.Combine(Folder, "documents"));
        builder.UseSetting("App:PublicBaseUrl", "http://127.0.0.1/");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Error");
        // Unique-number races the host retries are logged by EF as errors; the run counts what reaches the client.
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Critical");
    }

    /// <summary>Creates the accounts as the development seeder does (confirmed e-mail, role, district), once each.</summary>
    public async Task CreateAccountsAsync(IEnumerable<LoadAccount> accounts)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApprovalsUser>>();
        foreach (var account in accounts)
        {
            var user = new ApprovalsUser { UserName = account.Email, Email = account.Email, EmailConfirmed = true, DisplayName = account.Email, District = account.District };
            var created = await users.CreateAsync(user, Password);
            if (!created.Succeeded)
                throw new InvalidOperationException($"{account.Email}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
            await users.AddToRoleAsync(user, account.Role);
        }
    }

    /// <summary>
    /// Waits until the outbox has nothing due left to send (mail and jobs of the cases filed so far), so the reviewers'
    /// phase of a partitioned run meets the host as a reviewer would, not behind a backlog that filing thousands of
    /// cases a minute leaves. Deadlines and reminders due later stay scheduled and do not count. Returns how long it took.
    /// </summary>
    public async Task<TimeSpan> WaitUntilOutboxIdleAsync(CancellationToken cancellationToken)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            await using (var scope = Services.CreateAsyncScope())
            {
                if ((await scope.ServiceProvider.GetRequiredService<OutboxBacklog>().ReadAsync(cancellationToken)).Due == 0)
                    return clock.Elapsed;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        await _database.DisposeAsync();
        if (Directory.Exists(Folder))
            Directory.Delete(Folder, recursive: true);
    }
}

public sealed record LoadAccount(string Email, string Role, string? District)
{
    public static LoadAccount Reviewer(int number) => new($"load-reviewer-{number}@load.local", ApprovalsRoles.Reviewer, LoadHost.Qingpu);

    public static LoadAccount Applicant(int number) => new($"load-applicant-{number}@load.local", ApprovalsRoles.Applicant, null);
}
