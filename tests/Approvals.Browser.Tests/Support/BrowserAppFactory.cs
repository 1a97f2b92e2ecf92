using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Approvals.Browser.Tests.Support;

/// <summary>
/// The whole host on a real 127.0.0.1 port and a fresh SQLite file, in Development (so the demo accounts are
/// seeded from <c>appsettings.Development.json</c> and MudBlazor's static assets are served).
/// </summary>
public class BrowserAppFactory : WebApplicationFactory<Program>
{
    private static readonly ILoggerFactory ServerLogs = LoggerFactory.Create(logging => logging
        .AddSimpleConsole(o => o.SingleLine = true)
        .SetMinimumLevel(LogLevel.Warning));

    /// <summary>
    /// Where mailed links point (<c>App:PublicBaseUrl</c>): the port is chosen at start, so a test follows a link
    /// by its path on <see cref="RootUri"/>.
    /// </summary>
    public const string PublicBaseUrl = "https://approvals.browser.test/";

    public string Folder { get; } = Directory.CreateTempSubdirectory("approvals-browser-").FullName;

    public BrowserAppFactory() => UseKestrel(o => o.Listen(IPAddress.Loopback, 0));

    /// <summary>Where the browser goes, e.g. <c>http://127.0.0.1:40123</c>.</summary>
    public Uri RootUri
    {
        get
        {
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new Uri(address);
        }
    }

    /// <summary>Settings a test class's host needs beside these (e.g. a lower public-check limit).</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Approvals", $"Data Source={Path.Combine(Folder, "approvals.db")}");
        builder.UseSetting("ConnectionStrings:Hangfire", Path.Combine(Folder, "hangfire.db"));
        builder.UseSetting("Hangfire:ServerEnabled", "false");
        builder.UseSetting("Smtp:PickupFolder", Path.Combine(Folder, "mail"));
        builder.UseSetting("App:PublicBaseUrl", PublicBaseUrl);
        builder.UseSetting("Calendar:Folder", CalendarCopy());
        foreach (var (key, value) in Settings)
            builder.UseSetting(key, value);
        // Hangfire keeps the first host's logger factory in a static: one that outlives every host. The server's
        // warnings and errors go to the test output, beside the browser's, so a failing test shows both sides.
        builder.ConfigureServices(services => services.AddSingleton(ServerLogs));
    }

    /// <summary>The shipped calendars copied into this host's folder: the calendar page saves years there, never into the repository.</summary>
    private string CalendarCopy()
    {
        var folder = Directory.CreateDirectory(Path.Combine(Folder, "calendar")).FullName;
        foreach (var calendar in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "reference"), "calendar-cn-*.json"))
            File.Copy(calendar, Path.Combine(folder, Path.GetFileName(calendar)), overwrite: true);
        return folder;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(Folder))
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(Folder, recursive: true);
        }
    }
}
