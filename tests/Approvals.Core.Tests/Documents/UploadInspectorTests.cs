using System.Security.Cryptography;
using Approvals.Core.Documents;
using Microsoft.Extensions.Options;

namespace Approvals.Core.Tests.Documents;

public sealed class UploadInspectorTests
{
    private static readonly byte[] Pdf = [.. "%PDF-1.7\n1 0 obj\n<<>>\nendobj\nstartxref\n9\n%%EOF\n"u8];
    private static readonly byte[] Png =
    [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
        0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
    ];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0xFF, 0xD9];
    private static readonly byte[] Text = [.. "This is not a PDF, whatever the name says.\n"u8];

    private static UploadInspector Inspector(long? maxSizeBytes = null) =>
        new(Options.Create(maxSizeBytes is { } max ? new DocumentOptions { MaxSizeBytes = max } : new DocumentOptions()));

    [Fact]
    public void A_PDF_is_accepted_with_its_type_name_hash_and_size()
    {
        var inspection = Inspector().Inspect(Pdf, "资格证书.pdf");

        Assert.True(inspection.IsAccepted);
        Assert.Empty(inspection.Findings);
        var upload = inspection.Accepted!;
        Assert.Equal(DocumentContentType.Pdf, upload.ContentType);
        Assert.Equal("application/pdf", upload.MediaType);
        Assert.Equal("资格证书.pdf", upload.FileName);
        Assert.Equal(Pdf.Length, upload.Size);
        Assert.Equal(Convert.ToHexString(SHA256.HashData(Pdf)).ToLowerInvariant(), upload.Sha256);
        Assert.Equal(64, upload.Sha256.Length);
        Assert.False(upload.NameCorrected);
        Assert.Equal(Pdf, upload.Content.ToArray());
    }

    [Theory]
    [InlineData("photo.jpg", DocumentContentType.Jpeg, "photo.jpg", false)]
    [InlineData("photo.png", DocumentContentType.Jpeg, "photo.jpg", true)]
    [InlineData("身份证.pdf", DocumentContentType.Png, "身份证.png", true)]
    [InlineData("scan", DocumentContentType.Png, "scan.png", true)]
    public void The_content_decides_the_type_and_a_contradicting_extension_is_corrected(
        string name, DocumentContentType type, string storedName, bool corrected)
    {
        var content = type == DocumentContentType.Png ? Png : Jpeg;

        var upload = Inspector().Inspect(content, name).Accepted;

        Assert.NotNull(upload);
        Assert.Equal(type, upload.ContentType);
        Assert.Equal(storedName, upload.FileName);
        Assert.Equal(corrected, upload.NameCorrected);
    }

    public static TheoryData<string, byte[], string> CutShort => new()
    {
        // The header-only stand-in a test might write: a reader finds no trailer to open it by.
        { "form.pdf", [.. "%PDF-1.4\n% form\n%%EOF\n"u8], "PDF" },
        { "form.pdf", Pdf[..^7], "PDF" },
        { "photo.jpg", Jpeg[..^2], "JPEG" },
        { "photo.png", Png[..^12], "PNG" },
    };

    [Theory]
    [MemberData(nameof(CutShort))]
    public void A_file_that_starts_right_but_does_not_end_as_its_type_is_refused_as_incomplete(string name, byte[] content, string type)
    {
        var inspection = Inspector().Inspect(content, name);

        Assert.Null(inspection.Accepted);
        var finding = Assert.Single(inspection.Findings);
        Assert.Equal("Document.Incomplete", finding.Code);
        Assert.Equal(name, finding.Document);
        Assert.Contains(type, finding.Message.ZhCn);
        Assert.Contains("export it again", finding.Message.En);
    }

    [Theory]
    [InlineData(DocumentContentTypes.EndWindow - 100, true)]
    [InlineData(DocumentContentTypes.EndWindow + 100, false)]
    public void The_end_is_looked_for_where_readers_look_for_it_in_the_last_kilobyte(int trailingBytes, bool accepted)
    {
        var content = new byte[Pdf.Length + trailingBytes];
        Pdf.CopyTo(content, 0);

        Assert.Equal(accepted, Inspector().Inspect(content, "a.pdf").IsAccepted);
    }

    [Fact]
    public void An_empty_file_is_refused_as_empty()
    {
        var finding = Assert.Single(Inspector().Inspect(Array.Empty<byte>(), "a.pdf").Findings);

        Assert.Equal("Document.Empty", finding.Code);
        Assert.Equal("a.pdf", finding.Document);
    }

    [Fact]
    public void A_file_over_the_limit_is_refused_as_too_large_naming_the_limit()
    {
        var content = new byte[DocumentOptions.DefaultMaxSizeBytes + 1];
        Pdf.CopyTo(content, 0);

        var inspection = Inspector().Inspect(content, "big.pdf");

        var finding = Assert.Single(inspection.Findings);
        Assert.Equal("Document.TooLarge", finding.Code);
        Assert.Contains("10 MB", finding.Message.ZhCn);
        Assert.Contains("10 MB", finding.Message.En);
        Assert.Null(inspection.Accepted);
    }

    [Fact]
    public void A_file_of_exactly_the_limit_is_accepted()
    {
        var content = new byte[1024];
        Pdf.CopyTo(content, 0);

        Assert.True(Inspector(maxSizeBytes: 1024).Inspect(content, "a.pdf").IsAccepted);
        Assert.Equal("Document.TooLarge", Assert.Single(Inspector(maxSizeBytes: 1023).Inspect(content, "a.pdf").Findings).Code);
    }

    [Fact]
    public void The_limit_comes_from_the_options_and_is_said_in_the_message()
    {
        var finding = Assert.Single(Inspector(maxSizeBytes: 2 * 1024 * 1024).Inspect(new byte[3 * 1024 * 1024], "a.pdf").Findings);

        Assert.Contains("2 MB", finding.Message.En);
    }

    [Theory]
    [InlineData("notes.pdf", "PDF")]
    [InlineData("photo.JPG", "JPEG")]
    [InlineData("photo.png", "PNG")]
    public void A_text_file_renamed_to_an_allowed_extension_is_refused_as_not_what_its_name_says(string name, string claimed)
    {
        var finding = Assert.Single(Inspector().Inspect(Text, name).Findings);

        Assert.Equal("Document.ContentNotAsNamed", finding.Code);
        Assert.Contains(claimed, finding.Message.En);
    }

    [Theory]
    [InlineData("notes.txt")]
    [InlineData("archive.zip")]
    [InlineData("readme")]
    public void A_file_of_another_type_is_refused_whatever_its_name(string name) =>
        Assert.Equal("Document.TypeNotAllowed", Assert.Single(Inspector().Inspect(Text, name).Findings).Code);

    [Theory]
    [InlineData("../../etc/passwd.pdf")]
    [InlineData(@"C:\x\a.pdf")]
    [InlineData("/var/data/a.pdf")]
    [InlineData("..")]
    public void A_name_with_a_path_is_refused_for_the_path(string name)
    {
        var inspection = Inspector().Inspect(Pdf, name);

        Assert.False(inspection.IsAccepted);
        Assert.Equal("Document.PathInName", Assert.Single(inspection.Findings).Code);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("<>?*")]
    public void A_name_with_nothing_usable_is_refused_for_its_name(string? name) =>
        Assert.Equal("Document.InvalidName", Assert.Single(Inspector().Inspect(Pdf, name).Findings).Code);

    [Fact]
    public void Each_bad_upload_has_its_own_code_and_a_message_in_both_languages()
    {
        var inspector = Inspector(maxSizeBytes: 64);
        var findings = new[]
        {
            inspector.Inspect(Array.Empty<byte>(), "a.pdf"),
            inspector.Inspect(new byte[65], "a.pdf"),
            inspector.Inspect(Text, "a.txt"),
            inspector.Inspect(Text, "a.pdf"),
            inspector.Inspect(Pdf[..^7], "a.pdf"),
            inspector.Inspect(Pdf, "../a.pdf"),
            inspector.Inspect(Pdf, "***"),
        }.Select(i => Assert.Single(i.Findings)).ToList();

        Assert.Equal(findings.Count, findings.Select(f => f.Code).Distinct().Count());
        Assert.All(findings, f => Assert.False(string.IsNullOrWhiteSpace(f.Message.ZhCn)));
        Assert.All(findings, f => Assert.False(string.IsNullOrWhiteSpace(f.Message.En)));
        Assert.All(findings, f => Assert.NotEqual(f.Message.ZhCn, f.Message.En));
    }

    [Fact]
    public void A_bad_name_and_bad_content_are_both_reported()
    {
        var codes = Inspector().Inspect(Array.Empty<byte>(), "../a.pdf").Findings.Select(f => f.Code);

        Assert.Equal(["Document.PathInName", "Document.Empty"], codes);
    }

    [Fact]
    public async Task A_stream_is_inspected_like_bytes()
    {
        await using var stream = new MemoryStream(Png);

        var inspection = await Inspector().InspectAsync(stream, "a.png");

        Assert.Equal(Convert.ToHexString(SHA256.HashData(Png)).ToLowerInvariant(), inspection.Accepted!.Sha256);
        Assert.Equal(Png, inspection.Accepted.Content.ToArray());
    }

    [Fact]
    public async Task A_stream_over_the_limit_is_read_only_one_byte_past_it()
    {
        var stream = new CountingStream(new MemoryStream(new byte[10_000]));

        var inspection = await Inspector(maxSizeBytes: 1000).InspectAsync(stream, "a.pdf");

        Assert.Equal("Document.TooLarge", Assert.Single(inspection.Findings).Code);
        Assert.Equal(1001, stream.BytesRead);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_limit_that_is_not_positive_is_a_configuration_error(long max) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Inspector(maxSizeBytes: max));

    private sealed class CountingStream(Stream inner) : Stream
    {
        public long BytesRead { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, count);
            BytesRead += read;
            return read;
        }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
