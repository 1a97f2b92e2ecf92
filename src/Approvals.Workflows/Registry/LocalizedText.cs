namespace Approvals.Workflows.Registry;

/// <summary>A text in Simplified Chinese (the default) and English.</summary>
public sealed record LocalizedText(string ZhCn, string En)
{
    public string For(string? culture) =>
        culture is not null && culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? En : ZhCn;
}
