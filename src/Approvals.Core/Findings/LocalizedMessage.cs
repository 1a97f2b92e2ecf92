namespace Approvals.Core.Findings;

/// <summary>A text shown to people, in Simplified Chinese (the default) and English.</summary>
public sealed record LocalizedMessage(string ZhCn, string En)
{
    /// <summary>The English text for an <c>en*</c> culture name, the Chinese text otherwise.</summary>
    public string For(string? culture) =>
        culture is not null && culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? En : ZhCn;
}
