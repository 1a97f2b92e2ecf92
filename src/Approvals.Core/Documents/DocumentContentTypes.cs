namespace Approvals.Core.Documents;

/// <summary>Recognises a document's format by its leading bytes, never by its name.</summary>
public static class DocumentContentTypes
{
    private static ReadOnlySpan<byte> PdfSignature => "%PDF-"u8;
    private static ReadOnlySpan<byte> JpegSignature => [0xFF, 0xD8, 0xFF];
    private static ReadOnlySpan<byte> JpegEnd => [0xFF, 0xD9];
    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The number of leading bytes <see cref="Detect"/> looks at.</summary>
    public const int SignatureLength = 8;

    /// <summary>
    /// The format whose signature the content starts with, or null for anything else. A PDF must start with
    /// <c>%PDF-</c> at its first byte: readers tolerate leading junk, an upload form need not.
    /// </summary>
    public static DocumentContentType? Detect(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith(PdfSignature))
            return DocumentContentType.Pdf;
        if (content.StartsWith(JpegSignature))
            return DocumentContentType.Jpeg;
        if (content.StartsWith(PngSignature))
            return DocumentContentType.Png;
        return null;
    }

    /// <summary>
    /// How many bytes from its end a complete file has its end marker within. PDF readers look for the trailer in the last
    /// 1,024 bytes; the same window serves the images' end markers.
    /// </summary>
    public const int EndWindow = 1024;

    /// <summary>
    /// Whether the content ends as a complete file of this format does: a PDF with its trailer (<c>startxref</c> and
    /// <c>%%EOF</c>), a JPEG with its end-of-image marker, a PNG with its IEND chunk. A download or scan cut short has
    /// the right first bytes and no end; a reviewer's viewer shows it as damaged.
    /// </summary>
    public static bool HasEnd(this DocumentContentType type, ReadOnlySpan<byte> content)
    {
        var tail = content[Math.Max(0, content.Length - EndWindow)..];
        return type switch
        {
            DocumentContentType.Pdf => tail.IndexOf("startxref"u8) >= 0 && tail.IndexOf("%%EOF"u8) >= 0,
            DocumentContentType.Jpeg => tail.IndexOf(JpegEnd) >= 0,
            DocumentContentType.Png => tail.IndexOf("IEND"u8) >= 0,
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown content type."),
        };
    }

    /// <summary>The name people know the format by: PDF, JPEG, PNG.</summary>
    public static string DisplayName(this DocumentContentType type) => type.ToString().ToUpperInvariant();

    public static string MediaType(this DocumentContentType type) => type switch
    {
        DocumentContentType.Pdf => "application/pdf",
        DocumentContentType.Jpeg => "image/jpeg",
        DocumentContentType.Png => "image/png",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown content type."),
    };

    /// <summary>The extension a stored name gets for this format, with its dot.</summary>
    public static string CanonicalExtension(this DocumentContentType type) => type switch
    {
        DocumentContentType.Pdf => ".pdf",
        DocumentContentType.Jpeg => ".jpg",
        DocumentContentType.Png => ".png",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown content type."),
    };

    /// <summary>Whether a name's extension (with its dot, any case) is a usual one for this format.</summary>
    public static bool IsUsualExtension(this DocumentContentType type, string extension) => type switch
    {
        DocumentContentType.Pdf => extension.Equals(".pdf", StringComparison.OrdinalIgnoreCase),
        DocumentContentType.Jpeg => extension.Equals(".jpg", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".jpeg", StringComparison.OrdinalIgnoreCase),
        DocumentContentType.Png => extension.Equals(".png", StringComparison.OrdinalIgnoreCase),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown content type."),
    };

    /// <summary>The format a name claims by its extension, or null when it claims none of the allowed ones.</summary>
    public static DocumentContentType? ClaimedBy(string extension) =>
        Enum.GetValues<DocumentContentType>().Cast<DocumentContentType?>()
            .FirstOrDefault(t => t!.Value.IsUsualExtension(extension));
}
