namespace Approvals.Text;

/// <summary>A text shown to people, in Simplified Chinese (the default) and English.</summary>
public sealed record LocalizedText(string ZhCn, string En)
{
    /// <summary>A stored English text and its Chinese, which rows written before there was one lack: then the English serves both.</summary>
    public static LocalizedText Stored(string en, string? zhCn) => new(zhCn ?? en, en);

    /// <summary>The English text for an <c>en*</c> culture name, the Chinese text otherwise.</summary>
    public string For(string? culture) =>
        culture is not null && culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? En : ZhCn;
}
