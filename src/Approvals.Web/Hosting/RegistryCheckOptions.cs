using System.ComponentModel.DataAnnotations;

namespace Approvals.Web.Hosting;

/// <summary>The public check's rate limit per client address, bound from <c>RegistryCheck</c>.</summary>
public sealed class RegistryCheckOptions
{
    public const string SectionName = "RegistryCheck";

    [Range(1, 10_000)]
    public int PermitLimit { get; set; } = 10;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
