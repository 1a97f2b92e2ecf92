namespace Approvals.Core.Documents;

/// <summary>Recognises a document's format by its leading bytes, never by its name.</summary>
public static class DocumentContentTypes
{
    private static ReadOnlySpan<byte> PdfSignature => "%PDF-"u8;
    private static ReadOnlySpan<byte> JpegSignature => [0xFF, 0xD8, 0xFF];
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
