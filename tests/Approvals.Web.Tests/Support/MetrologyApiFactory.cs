using Approvals.Infrastructure.Metrology.Registry;
using Approvals.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Approvals.Web.Tests.Support;

/// <summary>
/// The host on a fresh SQLite file in a temporary folder (documents and mail there too), with the
/// development registry seeded, no Hangfire server, and <see cref="TestAuthHandler"/> as identity.
/// </summary>
public class MetrologyApiFactory : ApiFactory
{
    protected virtual int CheckPermitLimit => 1000;

    public string DocumentsFolder => Path.Combine(Folder, "documents");

    public const string JiashanReviewerEmail = "verify@jiashan.example.cn";

    public const string QingpuRegulatorEmail = "regulator@qingpu.example.cn";

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Documents:StorageFolder"] = DocumentsFolder,
        ["Documents:MaxSizeBytes"] = "65536",
        ["RegistryCheck:PermitLimit"] = CheckPermitLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        // A Jiashan reviewer who reads English: verification requests to Jiashan mail them.
        ["Recipients:Users:0:UserName"] = "js-mail-reviewer",
        ["Recipients:Users:0:Email"] = JiashanReviewerEmail,
        ["Recipients:Users:0:Culture"] = "en",
        ["Recipients:Users:0:District"] = "330421",
        ["Recipients:Users:0:Roles:0"] = "Reviewer",
        // A Qingpu regulator: a change that moves a registration out of Qingpu notifies them.
        ["Recipients:Users:1:UserName"] = "qp-mail-regulator",
        ["Recipients:Users:1:Email"] = QingpuRegulatorEmail,
        ["Recipients:Users:1:Culture"] = "zh-CN",
        ["Recipients:Users:1:District"] = "310118",
        ["Recipients:Users:1:Roles:0"] = "Regulator",
    };

    private FakeTimeProvider? _clock;

    /// <summary>Whether the host runs on <see cref="Clock"/>, which the test moves, instead of the system clock.</summary>
    protected virtual bool MovesTheClock => false;

    /// <summary>
    /// The host's clock when <see cref="MovesTheClock"/>: it starts now and ticks a millisecond on every reading, so
    /// the steps of a case stay in order; a test moves it on to a deadline instead of waiting for it.
    /// </summary>
    public FakeTimeProvider Clock => MovesTheClock
        ? _clock ??= new FakeTimeProvider(DateTimeOffset.UtcNow) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) }
        : throw new InvalidOperationException($"{GetType().Name} runs on the system clock.");

    /// <summary>The host's time now.</summary>
    public DateTimeOffset Now => MovesTheClock ? Clock.GetUtcNow() : DateTimeOffset.UtcNow;

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        services.AddAuthentication(TestAuthHandler.SchemeName).AddScheme<AuthenticationSchemeOptions, TestAuthHandler>(TestAuthHandler.SchemeName, _ => { });
        if (MovesTheClock)
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
    }

    /// <summary>Throws when the database this factory needs is not there (see <see cref="PostgreSqlMetrologyApiFactory"/>).</summary>
    public virtual void EnsureAvailable()
    {
    }

    public async Task SeedRegistryAsync()
    {
        EnsureAvailable();
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
}

/// <summary>A caller: the header <see cref="TestAuthHandler"/> reads.</summary>
public sealed record TestUser(string Id, string? Email, string Roles, string? District, string? EnterpriseCreditCode = null, string? EnterpriseName = null)
{
    public string Header => EnterpriseCreditCode is null ? $"{Id}|{Email}|{Roles}|{District}" : $"{Id}|{Email}|{Roles}|{District}|{EnterpriseCreditCode}|{EnterpriseName}";

    public static TestUser Applicant(string id) => new(id, $"{id}@example.test", "Applicant", null);

    public static TestUser Reviewer(string id, string district) => new(id, $"{id}@bureau.test", "Reviewer", district);

    /// <summary>An enterprise account of <paramref name="district"/> with a valid credit code of its own.</summary>
    public static TestUser Employer(string id, string district, string creditCode, string name = "示范区测试计量有限公司") =>
        new(id, $"{id}@enterprise.test", "Employer", district, creditCode, name);
}
