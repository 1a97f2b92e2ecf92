using System.Text;
using Approvals.Infrastructure.OfficialDocuments;
using UglyToad.PdfPig;

namespace Approvals.Web.Tests.Support;

/// <summary>A document as a reader gets it: its text, and whether it draws the same in every reader and inside its margins.</summary>
public sealed record OfficialPdf(string Text, IReadOnlyList<string> Fonts, int Images)
{
    public static OfficialPdf Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var page = Assert.Single(document.GetPages());
        foreach (var letter in page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)))
        {
            var box = letter.BoundingBox;
            Assert.True(box.Left >= OfficialDocumentPdf.Margin - 1 && box.Right <= page.Width - OfficialDocumentPdf.Margin + 1
                && box.Bottom >= OfficialDocumentPdf.Margin - 1 && box.Top <= page.Height - OfficialDocumentPdf.Margin + 1,
                $"'{letter.Value}' at {box} runs past the margins of a {page.Width}×{page.Height} page.");
        }
        // A TrueType font program (FontFile2) travels in the file: no reader has to supply a font of its own.
        Assert.Contains("/FontFile2", Encoding.Latin1.GetString(pdf), StringComparison.Ordinal);
        return new OfficialPdf(page.Text, page.Letters.Select(l => l.FontName ?? "").Distinct().ToList(), page.GetImages().Count());
    }

    /// <summary>Every letter in the embedded subset of WenQuanYi Micro Hei, none in a font the reader must have (STSong-Light, the standard 14).</summary>
    public void AssertSetInTheEmbeddedFont() =>
        Assert.All(Fonts, font => Assert.Matches(@"^[A-Z]{6}\+WenQuanYi Micro Hei", font));
}
