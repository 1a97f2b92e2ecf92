using System.Globalization;
using System.Text;

namespace Approvals.Infrastructure.Metrology.Certificates;

/// <summary>
/// A minimal PDF 1.4 writer for one A4 page of text and rules. Latin text uses the standard Helvetica fonts;
/// Chinese text uses Adobe's standard Simplified Chinese font STSong-Light through the predefined CMap
/// UniGB-UCS2-H — a font PDF readers supply themselves (Acrobat's Asian font pack, pdf.js, poppler-data, MuPDF),
/// so nothing is embedded and no font file is needed on the server. Characters outside the Basic Multilingual
/// Plane cannot be written this way and are replaced by "?". The content stream is left uncompressed.
/// </summary>
public sealed class OnePagePdf
{
    public const double Width = 595.28;
    public const double Height = 841.89;

    private readonly StringBuilder _content = new();

    public enum Font { Regular, Bold, Chinese }

    /// <summary>Writes text with its baseline at (x, y) points from the bottom left; the font follows the text when null.</summary>
    public OnePagePdf Text(double x, double y, double size, string text, Font? font = null)
    {
        var chosen = font ?? (IsLatin(text) ? Font.Regular : Font.Chinese);
        if (chosen != Font.Chinese && !IsLatin(text))
            chosen = Font.Chinese;
        _content.Append(CultureInfo.InvariantCulture, $"BT /{Name(chosen)} {N(size)} Tf {N(x)} {N(y)} Td {Operand(text, chosen)} Tj ET\n");
        return this;
    }

    public OnePagePdf Line(double x1, double y1, double x2, double y2, double width = 0.8)
    {
        _content.Append(CultureInfo.InvariantCulture, $"{N(width)} w {N(x1)} {N(y1)} m {N(x2)} {N(y2)} l S\n");
        return this;
    }

    public OnePagePdf Rectangle(double x, double y, double width, double height, double lineWidth = 1.5)
    {
        _content.Append(CultureInfo.InvariantCulture, $"{N(lineWidth)} w {N(x)} {N(y)} {N(width)} {N(height)} re S\n");
        return this;
    }

    public byte[] ToBytes(string title)
    {
        var content = Encoding.ASCII.GetBytes(_content.ToString());
        var objects = new List<byte[]>
        {
            Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
            Ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            Ascii($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {N(Width)} {N(Height)}] /Resources << /Font << /F1 5 0 R /F2 6 0 R /F3 7 0 R >> >> /Contents 4 0 R >>"),
            Stream(content),
            Ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"),
            Ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"),
            Ascii("<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [8 0 R] >>"),
            Ascii("<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 9 0 R /DW 1000 /W [1 95 500] >>"),
            Ascii("<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>"),
            Ascii($"<< /Title {Utf16(title)} /Producer (Approvals) >>"),
        };

        using var pdf = new MemoryStream();
        Write(pdf, Ascii("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n", latin1: true));
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Position);
            Write(pdf, Ascii($"{i + 1} 0 obj\n"));
            Write(pdf, objects[i]);
            Write(pdf, Ascii("\nendobj\n"));
        }
        var xref = pdf.Position;
        var table = new StringBuilder($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
            table.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        table.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R /Info {objects.Count} 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        Write(pdf, Ascii(table.ToString()));
        return pdf.ToArray();
    }

    private static byte[] Stream(byte[] content) => [.. Ascii($"<< /Length {content.Length} >>\nstream\n"), .. content, .. Ascii("\nendstream")];

    private static string Name(Font font) => font switch { Font.Regular => "F1", Font.Bold => "F2", _ => "F3" };

    private static bool IsLatin(string text) => text.All(c => c is >= ' ' and <= '~');

    private static string Operand(string text, Font font) => font == Font.Chinese ? Ucs2(text) : Literal(text);

    private static string Literal(string text) =>
        "(" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal) + ")";

    private static string Ucs2(string text)
    {
        var hex = new StringBuilder("<");
        foreach (var rune in text.EnumerateRunes())
            hex.Append(CultureInfo.InvariantCulture, $"{(rune.IsBmp ? rune.Value : '?'):X4}");
        return hex.Append('>').ToString();
    }

    /// <summary>A text string for the document information: UTF-16BE with its byte order mark.</summary>
    private static string Utf16(string text) => "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text)) + ">";

    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static byte[] Ascii(string text, bool latin1 = false) => (latin1 ? Encoding.Latin1 : Encoding.ASCII).GetBytes(text);

    private static void Write(Stream stream, byte[] bytes) => stream.Write(bytes);
}
