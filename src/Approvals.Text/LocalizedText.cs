using System.Globalization;
using System.Resources;

namespace Approvals.Text;

/// <summary>A text shown to people, in Simplified Chinese (the default) and English.</summary>
public sealed record LocalizedText(string ZhCn, string En)
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>A stored English text and its Chinese, which rows written before there was one lack: then the English serves both.</summary>
    public static LocalizedText Stored(string en, string? zhCn) => new(zhCn ?? en, en);

    /// <summary>
    /// A text from a project's resource catalog: the neutral resources are Chinese, the <c>en</c> ones English.
    /// With arguments both are format strings with numbered placeholders; without, they are taken as written. An argument
    /// that is itself a <see cref="LocalizedText"/> (a date from <see cref="ReadableDates"/>) is put in in each one's language.
    /// </summary>
    public static LocalizedText From(ResourceManager catalog, string key, params object?[] args)
    {
        var zhCn = catalog.GetString(key, CultureInfo.InvariantCulture)
            ?? throw new MissingManifestResourceException($"The catalog {catalog.BaseName} has no text '{key}'.");
        var en = catalog.GetString(key, English) ?? zhCn;
        return args.Length == 0
            ? new(zhCn, en)
            : new(string.Format(Chinese, zhCn, In(args, t => t.ZhCn)), string.Format(English, en, In(args, t => t.En)));
    }

    private static object?[] In(object?[] args, Func<LocalizedText, string> language) =>
        args.Select(arg => arg is LocalizedText text ? language(text) : arg).ToArray();

    /// <summary>Both languages in one line, Chinese first, for a text that both readers see as it is (a task title).</summary>
    public string Both() => $"{ZhCn} {En}";

    /// <summary>The English text for an <c>en*</c> culture name, the Chinese text otherwise.</summary>
    public string For(string? culture) =>
        culture is not null && culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? En : ZhCn;
}
