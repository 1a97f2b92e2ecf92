using Approvals.Core.Registry;

namespace Approvals.Core.Tests.Registry;

public sealed class RegistrationNumberTests
{
    public static TheoryData<RegistrationNumber, string> Formatted => new()
    {
        { RegistrationNumber.ForRegistration(MetrologistLevel.Level2, "310118", 2026, 1), "CSJ-R2-310118-2026-000001" },
        { RegistrationNumber.ForRegistration(MetrologistLevel.Level1, "320509", 2027, 42), "CSJ-R1-320509-2027-000042" },
        { RegistrationNumber.ForRegistrationRecognition(MetrologistLevel.Level1, "330421", 2026, 999_999), "CSJ-M1-330421-2026-999999" },
        { RegistrationNumber.ForRegistrationRecognition(MetrologistLevel.Level2, "310118", 2030, 7), "CSJ-M2-310118-2030-000007" },
        { RegistrationNumber.ForCertificateRecognition("320509", 2026, 123_456), "CSJ-MC-320509-2026-123456" },
    };

    [Theory]
    [MemberData(nameof(Formatted))]
    public void A_number_is_written_in_its_documented_format_and_read_back_unchanged(RegistrationNumber number, string text)
    {
        Assert.Equal(text, number.ToString());
        Assert.Equal(25, text.Length);
        Assert.Equal(number, RegistrationNumber.Parse(text));
    }

    [Fact]
    public void A_parsed_number_tells_its_kind_level_district_year_and_sequence()
    {
        var number = RegistrationNumber.Parse("CSJ-M1-330421-2026-000315");

        Assert.Equal(RegistryRecordKind.RegistrationRecognition, number.Kind);
        Assert.Equal(MetrologistLevel.Level1, number.Level);
        Assert.Equal("330421", number.DistrictCode);
        Assert.Equal(2026, number.Year);
        Assert.Equal(315, number.Sequence);
    }

    [Fact]
    public void A_certificate_recognition_has_no_level()
    {
        Assert.Null(RegistrationNumber.Parse("CSJ-MC-310118-2026-000001").Level);
    }

    [Fact]
    public void A_number_typed_in_lower_case_with_spaces_is_read()
    {
        Assert.True(RegistrationNumber.TryParse("  csj-r2-310118-2026-000001 ", out var number));
        Assert.Equal("CSJ-R2-310118-2026-000001", number.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("CSJ-R3-310118-2026-000001")]   // no level 3
    [InlineData("CSJ-MX-310118-2026-000001")]
    [InlineData("ZSJ-R2-310118-2026-000001")]
    [InlineData("CSJ-R2-31011-2026-000001")]
    [InlineData("CSJ-R2-310118-26-000001")]
    [InlineData("CSJ-R2-310118-2026-1")]
    [InlineData("CSJ-R2-310118-2026-000000")]   // sequences start at 1
    [InlineData("CSJ-R2-310118-1999-000001")]
    [InlineData("CSJ-R2-310118-2026-0000001")]
    [InlineData("CSJ R2 310118 2026 000001")]
    [InlineData("CSJ-R2-٣١٠١١٨-2026-000001")]   // Arabic-Indic digits are not digits here
    public void Text_that_is_not_in_the_format_is_not_a_number(string? text)
    {
        Assert.False(RegistrationNumber.TryParse(text, out _));
        if (text is not null)
            Assert.Throws<FormatException>(() => RegistrationNumber.Parse(text));
    }

    [Theory]
    [InlineData("31011", 2026, 1)]
    [InlineData("31011A", 2026, 1)]
    [InlineData("310118", 1999, 1)]
    [InlineData("310118", 10000, 1)]
    [InlineData("310118", 2026, 0)]
    [InlineData("310118", 2026, 1_000_000)]
    public void Issuing_a_number_outside_the_format_is_a_bug(string district, int year, int sequence) =>
        Assert.ThrowsAny<ArgumentException>(() => RegistrationNumber.ForRegistration(MetrologistLevel.Level2, district, year, sequence));

    [Fact]
    public void An_undefined_level_is_a_bug() =>
        Assert.ThrowsAny<ArgumentException>(() => RegistrationNumber.ForRegistration((MetrologistLevel)3, "310118", 2026, 1));

    [Theory]
    [InlineData(MetrologistLevel.Level1, "一级注册计量师")]
    [InlineData(MetrologistLevel.Level2, "二级注册计量师")]
    public void A_level_has_its_Chinese_name(MetrologistLevel level, string zh) =>
        Assert.Equal(zh, level.DisplayName().ZhCn);
}
