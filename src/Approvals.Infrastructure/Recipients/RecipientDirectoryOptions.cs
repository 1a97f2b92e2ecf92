namespace Approvals.Infrastructure.Recipients;

/// <summary>
/// Bound from the "Recipients" section: the people deadline mail goes to until identity provides users, e.g.
/// <c>"Recipients": { "Users": [ { "UserName": "qp-reviewer", "Email": "reviewer@qingpu.gov.cn", "DisplayName": "王审核",
/// "Culture": "zh-CN", "Roles": [ "Reviewer" ], "District": "310118" } ] }</c>. A user without a district belongs
/// to every district (executive-committee staff).
/// </summary>
public sealed class RecipientDirectoryOptions
{
    public const string SectionName = "Recipients";

    public List<ConfiguredRecipient> Users { get; set; } = [];
}

public sealed class ConfiguredRecipient
{
    public string UserName { get; set; } = "";
    public string Email { get; set; } = "";
    public string? DisplayName { get; set; }
    public string Culture { get; set; } = "zh-CN";
    public List<string> Roles { get; set; } = [];
    public string? District { get; set; }
}
