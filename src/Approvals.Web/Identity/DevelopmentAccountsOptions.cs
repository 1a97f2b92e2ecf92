namespace Approvals.Web.Identity;

/// <summary>
/// The demo accounts seeded in Development (<c>appsettings.Development.json</c>, section "DevelopmentAccounts").
/// Every account gets <see cref="Password"/>; e-mail addresses are <c>{prefix}@{Domain}</c>.
/// </summary>
public sealed class DevelopmentAccountsOptions
{
    public const string SectionName = "DevelopmentAccounts";

    public bool Enabled { get; set; }
    public string Password { get; set; } = "";
    public string Domain { get; set; } = "approvals.local";
}
