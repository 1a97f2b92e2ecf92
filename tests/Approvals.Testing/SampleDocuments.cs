using System.Text;

namespace Approvals.Testing;

/// <summary>
/// A file an applicant could really upload: a PDF a reader opens, one page showing its text. A header-only stand-in
/// is refused as incomplete, and Chromium's viewer shows an error for it and takes the focus.
/// </summary>
public static class SampleDocuments
{
    /// <summary>A one-page PDF reading <paramref name="text"/> (ASCII); <paramref name="padToBytes"/> grows it to that size with comment lines.</summary>
    public static byte[] Pdf(string text = "document", int padToBytes = 0)
    {
        if (text.Any(c => c is > '~' or < ' ' or '(' or ')' or '\\'))
            throw new ArgumentException("The sample's text is drawn as a plain PDF string: printable ASCII without ( ) or \\.", nameof(text));
        var content = $"BT /F1 18 Tf 40 100 Td ({text}) Tj ET";
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 200] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ];

        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var body = pdf.ToString();
        string Trailer(int crossReference)
        {
            var trailer = new StringBuilder($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
            foreach (var offset in offsets)
                trailer.Append($"{offset:D10} 00000 n \n");
            return trailer.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{crossReference}\n%%EOF\n").ToString();
        }

        // Comment lines between the objects and the cross-reference table, which readers skip, make up the size asked for.
        var padding = 0;
        for (var i = 0; i < 3; i++)
            padding = Math.Max(0, padToBytes - body.Length - Trailer(body.Length + padding).Length);
        pdf.Append(CommentLines(padding)).Append(Trailer(body.Length + padding));
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    /// <summary>Exactly <paramref name="bytes"/> bytes of comment lines of at most 80 bytes each (none when under 2).</summary>
    private static string CommentLines(int bytes)
    {
        var lines = new StringBuilder();
        while (bytes >= 2)
        {
            // Never leave a single byte over: a comment line needs its % and its line end.
            var length = bytes is > 80 and < 82 ? 40 : Math.Min(bytes, 80);
            lines.Append('%').Append('-', length - 2).Append('\n');
            bytes -= length;
        }
        return lines.ToString();
    }
}
