using Approvals.Infrastructure.Metrology.Registry;
using Approvals.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Approvals.Web.Tests.Support;

/// <summary>
/// The host on a fresh SQLite file in a temporary folder (documents and mail there too), with the
/// development registry seeded, no Hangfire server, and <see cref="TestAuthHandler"/> as identity.
/// </summary>
public class MetrologyApiFactory : WebApplicationFactory<Program>
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "approvals-web-" + Guid.NewGuid().ToString("N"));

    protected virtual int CheckPermitLimit => 1000;

    public string DocumentsFolder => Path.Combine(Folder, "documents");

    public const string JiashanReviewerEmail = "verify@jiashan.example.cn";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(Folder);
        builder.UseEnvironment("Test");
        builder.UseSetting("ConnectionStrings:Approvals", $"Data Source={Path.Combine(Folder, "approvals.db")}");
        builder.UseSetting("ConnectionStrings:Hangfire", Path.Combine(Folder, "hangfire.db"));
        builder.UseSetting("Hangfire:ServerEnabled", "false");
        builder.UseSetting("Documents:StorageFolder", DocumentsFolder);
        builder.UseSetting("Documents:MaxSizeBytes", "65536");
        builder.UseSetting("Smtp:PickupFolder", Path.Combine(Folder, "mail"));
        // A Jiashan reviewer who reads English: verification requests to Jiashan mail them.
        builder.UseSetting("Recipients:Users:0:UserName", "js-mail-reviewer");
        builder.UseSetting("Recipients:Users:0:Email", JiashanReviewerEmail);
        builder.UseSetting("Recipients:Users:0:Culture", "en");
        builder.UseSetting("Recipients:Users:0:District", "330421");
        builder.UseSetting("Recipients:Users:0:Roles:0", "Reviewer");
        builder.UseSetting("RegistryCheck:PermitLimit", CheckPermitLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureTestServices(services =>
        {
            // Hangfire keeps the first logger factory in a static; one that outlives every host is safe.
            services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
            services.AddAuthentication(TestAuthHandler.SchemeName).AddScheme<AuthenticationSchemeOptions, TestAuthHandler>(TestAuthHandler.SchemeName, _ => { });
        });
    }

    public async Task SeedRegistryAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        await DevelopmentRegistrySeed.ApplyAsync(scope.ServiceProvider.GetRequiredService<ApprovalsDbContext>(), TimeProvider.System, CancellationToken.None);
    }

    public async Task<T> DatabaseAsync<T>(Func<ApprovalsDbContext, Task<T>> read)
    {
        await using var scope = Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<ApprovalsDbContext>());
    }

    public HttpClient ClientFor(TestUser user)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add(TestAuthHandler.Header, user.Header);
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(Folder, recursive: true); }
            catch (IOException) { /* a file still open on a slow runner; the temp folder is cleaned by the OS */ }
        }
    }
}

/// <summary>A caller: the header <see cref="TestAuthHandler"/> reads.</summary>
public sealed record TestUser(string Id, string? Email, string Roles, string? District)
{
    public string Header => $"{Id}|{Email}|{Roles}|{District}";

    public static TestUser Applicant(string id) => new(id, $"{id}@example.test", "Applicant", null);

    public static TestUser Reviewer(string id, string district) => new(id, $"{id}@bureau.test", "Reviewer", district);
}
