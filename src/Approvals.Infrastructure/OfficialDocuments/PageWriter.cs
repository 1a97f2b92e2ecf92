using System.Text;
using PdfSharp.Drawing;

namespace Approvals.Infrastructure.OfficialDocuments;

/// <summary>
/// Writes a page from the top down between the margins: each line is measured in its font and broken before it
/// would pass the right margin (at a space within Latin text, anywhere within Chinese).
/// </summary>
internal sealed class PageWriter(XGraphics graphics, double width, double height, double margin)
{
    private const double Leading = 1.5;
    private double _y;

    private double Right => width - margin;
    private double Usable => width - 2 * margin;


    public void Centered(string text, double size, bool bold)
    {
        var font = Font(size, bold);
        foreach (var line in Lines(text, font, Usable))
        {
            var lineWidth = graphics.MeasureString(line, font).Width;
            Write(line, font, margin + (Usable - lineWidth) / 2);
        }
    }

    public void Paragraph(string text, double size, bool indent = false, double hanging = 0)
    {
        var font = Font(size, bold: false);
        var first = indent ? 2 * size : 0;
        var lines = Lines(text, font, Usable - first, Usable - hanging);
        for (var i = 0; i < lines.Count; i++)
            Write(lines[i], font, margin + (i == 0 ? first : hanging));
    }

    public void Fact(string label, string value, double size)
    {
        var labelFont = Font(size, bold: true);
        var valueFont = Font(size, bold: false);
        var labelWidth = Math.Max(96, graphics.MeasureString(label, labelFont).Width + size);
        var top = _y;
        graphics.DrawString(label, labelFont, XBrushes.Black, margin, margin + top + size, XStringFormats.BaseLineLeft);
        foreach (var line in Lines(value, valueFont, Usable - labelWidth))
            Write(line, valueFont, margin + labelWidth);
        _y = Math.Max(_y, top + size * Leading);
    }

    public void Rule()
    {
        _y += 4;
        graphics.DrawLine(new XPen(XColors.Black, 0.8), margin, margin + _y, Right, margin + _y);
        _y += 12;
    }

    public void Gap(double points) => _y += points;

    /// <summary>The bureau and the date at the right, level with the QR code at the left when there is one.</summary>
    public void Signature(string bureau, string date, double size, double beside)
    {
        _y += 24;
        var font = Font(size, bold: false);
        var textWidth = Usable - beside - size;
        var top = _y;
        foreach (var line in Lines(bureau, font, textWidth))
            WriteRight(line, font);
        WriteRight(date, font);
        _y = top;
    }

    public void Image(XImage image, double size)
    {
        graphics.DrawImage(image, margin, margin + _y, size, size);
        _y += size + 6;
    }

    public void Footer(string text, double size)
    {
        var font = Font(size, bold: false);
        foreach (var line in Lines(text, font, Usable))
            Write(line, font, margin);
    }

    private void WriteRight(string line, XFont font)
    {
        var lineWidth = graphics.MeasureString(line, font).Width;
        Write(line, font, Right - lineWidth);
    }

    private void Write(string line, XFont font, double x)
    {
        if (margin + _y + font.Size * Leading > height - margin)
            throw new InvalidOperationException("A document's text does not fit on its page.");
        graphics.DrawString(line, font, XBrushes.Black, x, margin + _y + font.Size, XStringFormats.BaseLineLeft);
        _y += font.Size * Leading;
    }

    private List<string> Lines(string text, XFont font, double firstWidth, double? restWidth = null)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        var available = firstWidth;
        var position = 0;
        while (position < text.Length)
        {
            var piece = NextPiece(text, position);
            var candidate = line + piece;
            if (line.Length > 0 && graphics.MeasureString(candidate.TrimEnd(), font).Width > available)
            {
                lines.Add(line.ToString().TrimEnd());
                line.Clear();
                available = restWidth ?? firstWidth;
                if (piece == " ")
                {
                    position++;
                    continue;
                }
            }
            line.Append(piece);
            position += piece.Length;
        }
        if (line.Length > 0 || lines.Count == 0)
            lines.Add(line.ToString().TrimEnd());
        return lines;
    }

    /// <summary>A Latin word (kept whole unless it alone is wider than the line), a space, or one other character.</summary>
    private static string NextPiece(string text, int position)
    {
        var end = position;
        while (end < text.Length && text[end] < 0x2E80 && !char.IsWhiteSpace(text[end]) && end - position < 40)
            end++;
        return end > position ? text[position..end] : text[position].ToString();
    }

    private static XFont Font(double size, bool bold) =>
        new(DocumentFontResolver.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);
}
