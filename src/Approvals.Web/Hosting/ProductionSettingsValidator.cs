using System.Net;
using Approvals.Infrastructure.Links;
using Approvals.Infrastructure.Persistence;
using Approvals.Web.Identity;
using Microsoft.Extensions.Options;

namespace Approvals.Web.Hosting;

/// <summary>
/// Settings that are fine on a developer's machine but unsafe where people use the platform: a Production host with
/// any of them refuses to start and says which key to change. Several nodes on SQLite are refused everywhere, and so
/// (by <c>SmtpOptionsValidator</c>) is a host with neither an SMTP server nor a pickup folder.
/// </summary>
internal sealed class ProductionSettingsValidator(
    IHostEnvironment environment,
    IOptions<DatabaseOptions> database,
    IOptions<DevelopmentAccountsOptions> developmentAccounts,
    IOptions<PublicLinkOptions> links) : IValidateOptions<DeploymentOptions>
{
    private const string Refused = "Production start refused: ";

    public ValidateOptionsResult Validate(string? name, DeploymentOptions options)
    {
        var failures = new List<string>();
        if (options.Nodes < 1)
            failures.Add($"{DeploymentOptions.SectionName}:Nodes is {options.Nodes}; it counts the hosts on this database, at least 1.");
        if (options.Nodes > 1 && database.Value.Provider == DatabaseProvider.Sqlite)
            failures.Add($"{DeploymentOptions.SectionName}:Nodes is {options.Nodes} but Database:Provider is Sqlite, a file one host owns; use PostgreSql for several nodes.");
        if (environment.IsProduction())
            failures.AddRange(ProductionFailures().Select(f => Refused + f));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private IEnumerable<string> ProductionFailures()
    {
        if (developmentAccounts.Value.Enabled)
            yield return $"{DevelopmentAccountsOptions.SectionName}:Enabled is true; the demo accounts share one known password. Set it to false.";
        if (!HasPublicAddress(links.Value.PublicBaseUrl))
            yield return $"{PublicLinkOptions.PublicBaseUrlKey} '{links.Value.PublicBaseUrl}' is not an address people can open; set the platform's public address, such as https://approvals.example.gov.cn/.";
    }

    private static bool HasPublicAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && !uri.IsLoopback
        && !(IPAddress.TryParse(uri.Host, out var address) && address.Equals(IPAddress.Any));
}
