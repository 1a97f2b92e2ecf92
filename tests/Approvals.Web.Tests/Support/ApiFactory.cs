using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Approvals.Web.Tests.Support;

/// <summary>
/// The whole host on a fresh SQLite file in a temporary folder (database, Hangfire storage, mail pickup,
/// documents), publishing the repository's <c>workflows/</c> like a fresh clone does.
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>
{
    /// <summary>Where the links in the host's mail point (<c>App:PublicBaseUrl</c>).</summary>
    public const string PublicBaseUrl = "https://approvals.test/";

    public string Folder { get; } = Directory.CreateTempSubdirectory("approvals-web-").FullName;

    /// <summary>Settings a test class adds or overrides before the host starts.</summary>
    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    protected virtual bool HangfireServer => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Test");
        UseDatabase(builder);
        builder.UseSetting("Hangfire:ServerEnabled", HangfireServer ? "true" : "false");
        builder.UseSetting("Smtp:PickupFolder", Path.Combine(Folder, "mail"));
        builder.UseSetting("App:PublicBaseUrl", PublicBaseUrl);
        foreach (var (key, value) in Settings)
            builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            // Hangfire keeps the first host's logger factory in a static: one that outlives every host.
            services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
            ConfigureTestServices(services);
        });
    }

    /// <summary>The host's SQLite database, unless <see cref="UseDatabase"/> is replaced.</summary>
    public string SqliteConnectionString => $"Data Source={Path.Combine(Folder, "approvals.db")}";

    /// <summary>Where the host keeps its data: by default a SQLite file (and Hangfire's) in <see cref="Folder"/>.</summary>
    protected virtual void UseDatabase(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Approvals", SqliteConnectionString);
        builder.UseSetting("ConnectionStrings:Hangfire", Path.Combine(Folder, "hangfire.db"));
    }

    /// <summary>Services a test class replaces (an authentication scheme, a fake clock).</summary>
    protected virtual void ConfigureTestServices(IServiceCollection services)
    {
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        // WebApplicationFactory disposes both synchronously and asynchronously: the folder may be gone already.
        if (disposing && Directory.Exists(Folder))
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(Folder, recursive: true);
        }
    }
}
