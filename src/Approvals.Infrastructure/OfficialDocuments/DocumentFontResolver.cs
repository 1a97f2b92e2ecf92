using PdfSharp.Fonts;

namespace Approvals.Infrastructure.OfficialDocuments;

/// <summary>
/// Gives PDFsharp the one font every document is set in, WenQuanYi Micro Hei (<see cref="DocumentFontOptions"/>): it has
/// TrueType outlines (PDFsharp 6 embeds a subset of those; the CFF outlines of Noto CJK it embeds whole, some 13 MB a
/// document, under a font type readers complain about) and covers Chinese and Latin text alike. Bold is simulated.
/// </summary>
internal sealed class DocumentFontResolver(DocumentFontOptions options) : IFontResolver
{
    public const string Family = "WenQuanYi Micro Hei";
    private const string Face = "wqy-microhei";
    private readonly Lazy<byte[]> _font = new(() => TrueTypeCollection.ExtractFont(File.ReadAllBytes(options.FontFile), options.FontIndex));

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) => new(Face, bold, italic);

    public byte[]? GetFont(string faceName) => faceName == Face ? _font.Value : null;

    private static readonly Lock Setting = new();

    /// <summary>PDFsharp reads fonts through one process-wide resolver, which may be set only once: the first host's wins.</summary>
    public static void EnsureInstalled(DocumentFontOptions options)
    {
        lock (Setting)
        {
            if (GlobalFontSettings.FontResolver is not DocumentFontResolver)
                GlobalFontSettings.FontResolver = new DocumentFontResolver(options);
        }
    }
}
