using PdfSharp.Fonts;

namespace Approvals.Infrastructure.OfficialDocuments;

/// <summary>
/// Gives PDFsharp the one font every document is set in, WenQuanYi Micro Hei, shipped inside this assembly: it has
/// TrueType outlines (PDFsharp 6 embeds a subset of those; the CFF outlines of Noto CJK it embeds whole, some 13 MB a
/// document, under a font type readers complain about) and covers Chinese and Latin text alike. Bold is simulated.
/// </summary>
internal sealed class DocumentFontResolver : IFontResolver
{
    public const string Family = "WenQuanYi Micro Hei";
    private const string Face = "wqy-microhei";
    private static readonly Lazy<byte[]> Font = new(Load);

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) => new(Face, bold, italic);

    public byte[]? GetFont(string faceName) => faceName == Face ? Font.Value : null;

    private static byte[] Load()
    {
        using var stream = typeof(DocumentFontResolver).Assembly.GetManifestResourceStream("OfficialDocuments/wqy-microhei.ttf")
            ?? throw new InvalidOperationException("The document font is not embedded in Approvals.Infrastructure.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
