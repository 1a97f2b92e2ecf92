using System.ComponentModel.DataAnnotations;

namespace Approvals.Web.Identity;

/// <summary>
/// How often the account pages that send mail to an address they are given (register, register an employer, forgot
/// password) may be used, bound from <c>AccountMailLimit</c>: per e-mail address, so nobody can flood a stranger's
/// inbox, and per client address, so nobody can walk through addresses.
/// </summary>
public sealed class AccountMailLimitOptions
{
    public const string SectionName = "AccountMailLimit";

    [Range(1, 10_000)]
    public int PerAddressPermitLimit { get; set; } = 3;

    [Range(1, 100_000)]
    public int PerClientPermitLimit { get; set; } = 20;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(15);
}
