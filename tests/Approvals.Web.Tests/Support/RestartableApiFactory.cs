using Microsoft.AspNetCore.Hosting;

namespace Approvals.Web.Tests.Support;

/// <summary>
/// The host on a database and a <c>workflows/</c> folder that outlive it: a new factory on the same two folders is the
/// same deployment restarted.
/// </summary>
public sealed class RestartableApiFactory(string dataFolder, string workflowsFolder, IDictionary<string, string?>? settings = null) : ApiFactory
{
    protected override IDictionary<string, string?> Settings =>
        new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["Workflows:Folder"] = workflowsFolder };

    protected override void UseDatabase(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Approvals", $"Data Source={Path.Combine(dataFolder, "approvals.db")}");
        builder.UseSetting("ConnectionStrings:Hangfire", Path.Combine(Folder, "hangfire.db"));
    }
}
