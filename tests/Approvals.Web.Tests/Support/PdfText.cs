using UglyToad.PdfPig;

namespace Approvals.Web.Tests.Support;

/// <summary>What a reader sees of a PDF: the text of its pages, read back with PdfPig.</summary>
public static class PdfText
{
    public static string Of(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Concat(document.GetPages().Select(p => p.Text));
    }
}
