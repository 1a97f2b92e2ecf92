using Approvals.Web.Components.Shared;

namespace Approvals.Web.Tests.Components;

/// <summary>What the document pickers refuse the moment a file is chosen, and how they write its size.</summary>
public sealed class UploadRulesTests
{
    private const long TenMegabytes = 10 * 1024 * 1024;

    [Theory]
    [InlineData("身份证.pdf")]
    [InlineData("PHOTO.JPG")]
    [InlineData("photo.jpeg")]
    [InlineData("scan.png")]
    public void A_document_of_an_accepted_type_within_the_limit_is_sent(string name) =>
        Assert.Equal(UploadRefusal.None, UploadRules.Check(name, TenMegabytes, TenMegabytes));

    [Theory]
    [InlineData("photo.heic")]
    [InlineData("form.docx")]
    [InlineData("no-extension")]
    [InlineData("form.pdf.exe")]
    public void A_file_of_a_type_never_accepted_is_refused_before_sending(string name) =>
        Assert.Equal(UploadRefusal.WrongType, UploadRules.Check(name, 100, TenMegabytes));

    [Fact]
    public void A_file_one_byte_over_the_limit_is_refused_as_too_large() =>
        Assert.Equal(UploadRefusal.TooLarge, UploadRules.Check("form.pdf", TenMegabytes + 1, TenMegabytes));

    [Theory]
    [InlineData(0, "1 KB")]
    [InlineData(1023, "1 KB")]
    [InlineData(9_000_000, "8790 KB")]
    public void A_size_is_written_in_kilobytes_and_never_as_zero(long bytes, string written) =>
        Assert.Equal(written, UploadRules.Kilobytes(bytes));
}
