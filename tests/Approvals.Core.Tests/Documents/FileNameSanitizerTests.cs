using Approvals.Core.Documents;

namespace Approvals.Core.Tests.Documents;

public sealed class FileNameSanitizerTests
{
    [Theory]
    [InlineData("身份证正面.jpg", "身份证正面.jpg")]
    [InlineData("注册计量师 资格证书（一级）.pdf", "注册计量师 资格证书（一级）.pdf")]
    [InlineData("  scan.pdf  ", "scan.pdf")]
    [InlineData("a\u0000b\u001Fc.pdf", "abc.pdf")]          // control characters
    [InlineData("invoice\u202Efdp.exe", "invoicefdp.exe")]   // right-to-left override
    [InlineData("a<b>c:d\"e|f?g*h.png", "abcdefgh.png")]
    [InlineData("report..final...pdf", "report.final.pdf")]
    [InlineData("...hidden.pdf", "hidden.pdf")]
    [InlineData("trailing dots.pdf...", "trailing dots.pdf")]
    [InlineData("tab\tand  spaces.pdf", "tab and spaces.pdf")]
    [InlineData("CON.pdf", "_CON.pdf")]
    [InlineData("nul.tar.pdf", "_nul.tar.pdf")]
    [InlineData("com1", "_com1")]
    [InlineData("Lpt9 .png", "_Lpt9.png")]
    [InlineData("console.pdf", "console.pdf")]
    [InlineData("../../etc/passwd.pdf", "passwd.pdf")]       // the directory part is dropped
    [InlineData(@"C:\x\a.pdf", "a.pdf")]
    [InlineData("e\u0301cole.pdf", "\u00E9cole.pdf")]        // composed to NFC
    public void A_name_keeps_its_letters_and_extension_and_loses_everything_unsafe(string name, string expected)
    {
        Assert.True(FileNameSanitizer.TrySanitize(name, out var sanitized));
        Assert.Equal(expected, sanitized);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("..")]
    [InlineData("../")]
    [InlineData("\u0000\u0001")]
    [InlineData("<>|?*")]
    [InlineData("\u200B\u200E")]
    public void A_name_with_nothing_usable_left_is_refused(string? name) =>
        Assert.False(FileNameSanitizer.TrySanitize(name, out _));

    [Fact]
    public void A_long_name_is_cut_to_120_characters_keeping_its_extension()
    {
        Assert.True(FileNameSanitizer.TrySanitize(new string('a', 300) + ".pdf", out var sanitized));

        Assert.Equal(FileNameSanitizer.MaxLength, sanitized.Length);
        Assert.Equal(new string('a', 116) + ".pdf", sanitized);
    }

    [Fact]
    public void A_long_Chinese_name_is_cut_without_splitting_a_character()
    {
        var name = string.Concat(Enumerable.Repeat("计量𠀀", 60)) + ".pdf"; // 𠀀 is a surrogate pair

        Assert.True(FileNameSanitizer.TrySanitize(name, out var sanitized));

        Assert.True(sanitized.Length <= FileNameSanitizer.MaxLength);
        Assert.EndsWith(".pdf", sanitized);
        Assert.False(char.IsHighSurrogate(sanitized[^5]));
        Assert.StartsWith("计量𠀀计量𠀀", sanitized);
    }

    [Theory]
    [InlineData("../../etc/passwd.pdf", true)]
    [InlineData(@"C:\x\a.pdf", true)]
    [InlineData("C:a.pdf", true)]
    [InlineData("/etc/passwd", true)]
    [InlineData(@"\\server\share\a.pdf", true)]
    [InlineData("dir/a.pdf", true)]
    [InlineData("..", true)]
    [InlineData("a..pdf", false)]
    [InlineData("资格证书.pdf", false)]
    [InlineData(null, false)]
    public void A_directory_part_or_drive_in_the_name_is_a_path(string? name, bool containsPath) =>
        Assert.Equal(containsPath, FileNameSanitizer.ContainsPath(name));

    [Theory]
    [InlineData("scan.pdf", DocumentContentType.Png, "scan.png")]
    [InlineData("scan.PNG", DocumentContentType.Png, "scan.PNG")]
    [InlineData("photo.jpeg", DocumentContentType.Jpeg, "photo.jpeg")]
    [InlineData("photo.png", DocumentContentType.Jpeg, "photo.jpg")]
    [InlineData("scan", DocumentContentType.Pdf, "scan.pdf")]
    [InlineData("身份证.txt", DocumentContentType.Jpeg, "身份证.jpg")]
    [InlineData("张三.身份证", DocumentContentType.Jpeg, "张三.身份证.jpg")] // not an extension: kept, one added
    public void The_extension_is_made_to_match_the_content(string name, DocumentContentType type, string expected) =>
        Assert.Equal(expected, FileNameSanitizer.WithExtensionFor(name, type));

    [Fact]
    public void An_added_extension_still_fits_in_120_characters()
    {
        var name = FileNameSanitizer.WithExtensionFor(new string('b', 120), DocumentContentType.Jpeg);

        Assert.Equal(new string('b', 116) + ".jpg", name);
    }
}
