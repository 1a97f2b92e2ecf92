using Approvals.Core.Documents;

namespace Approvals.Core.Tests.Documents;

public sealed class DocumentContentTypesTests
{
    public static TheoryData<byte[], DocumentContentType?> Samples => new()
    {
        { "%PDF-1.7\n%âãÏÓ"u8.ToArray(), DocumentContentType.Pdf },
        { [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F'], DocumentContentType.Jpeg },
        { [0xFF, 0xD8, 0xFF, 0xE1], DocumentContentType.Jpeg },
        { [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D], DocumentContentType.Png },
        { "%PDF"u8.ToArray(), null },                        // signature cut short
        { " %PDF-1.7"u8.ToArray(), null },                   // must start at the first byte
        { [0xFF, 0xD8], null },
        { [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A], null },
        { "GIF89a"u8.ToArray(), null },
        { "PK\u0003\u0004"u8.ToArray(), null },              // a .docx or .zip
        { "hello, this is text"u8.ToArray(), null },
        { [], null },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_type_is_recognised_by_the_leading_bytes_only(byte[] content, DocumentContentType? expected) =>
        Assert.Equal(expected, DocumentContentTypes.Detect(content));

    [Theory]
    [InlineData(DocumentContentType.Pdf, "application/pdf", ".pdf")]
    [InlineData(DocumentContentType.Jpeg, "image/jpeg", ".jpg")]
    [InlineData(DocumentContentType.Png, "image/png", ".png")]
    public void Each_type_has_its_media_type_and_stored_extension(DocumentContentType type, string mediaType, string extension)
    {
        Assert.Equal(mediaType, type.MediaType());
        Assert.Equal(extension, type.CanonicalExtension());
        Assert.True(type.IsUsualExtension(extension.ToUpperInvariant()));
    }

    [Theory]
    [InlineData(".pdf", DocumentContentType.Pdf)]
    [InlineData(".JPEG", DocumentContentType.Jpeg)]
    [InlineData(".jpg", DocumentContentType.Jpeg)]
    [InlineData(".Png", DocumentContentType.Png)]
    [InlineData(".txt", null)]
    [InlineData("", null)]
    public void A_name_claims_a_type_by_its_extension(string extension, DocumentContentType? claimed) =>
        Assert.Equal(claimed, DocumentContentTypes.ClaimedBy(extension));
}
