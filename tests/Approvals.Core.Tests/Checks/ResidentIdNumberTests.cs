using Approvals.Core.Checks;

namespace Approvals.Core.Tests.Checks;

public sealed class ResidentIdNumberTests
{
    private static readonly DateOnly Today = new(2026, 3, 15);

    [Theory]
    [InlineData("11010519491231002X", "110105", "1949-12-31")] // the GB 11643 sample
    [InlineData("310118199003070016", "310118", "1990-03-07")]
    [InlineData("320509198511111235", "320509", "1985-11-11")]
    [InlineData("330421200002290010", "330421", "2000-02-29")] // a leap day
    public void A_number_with_a_real_birth_date_and_the_right_check_character_is_valid(string input, string region, string birth)
    {
        var result = ResidentIdNumber.Check(input, Today);

        Assert.True(result.IsValid);
        Assert.Empty(result.Findings);
        Assert.Equal(input, result.Value!.Value);
        Assert.Equal(region, result.Value.RegionCode);
        Assert.Equal(DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture), result.Value.BirthDate);
    }

    [Theory]
    [InlineData("11010519491231002x")]
    [InlineData(" 11010519491231002x ")]
    public void A_lower_case_x_and_surrounding_spaces_are_accepted_and_normalised(string input)
    {
        var result = ResidentIdNumber.Check(input, Today);

        Assert.True(result.IsValid);
        Assert.Equal("11010519491231002X", result.Value!.Value);
    }

    [Theory]
    [InlineData("110105194912310020")]
    [InlineData("110105194912310021")]
    [InlineData("110105194912310022")]
    [InlineData("110105194912310023")]
    [InlineData("110105194912310029")]
    [InlineData("310118199003070017")]
    [InlineData("310118199003070026")] // a changed sequence digit
    public void A_changed_check_character_or_digit_is_refused_for_its_check_character(string input)
    {
        var result = ResidentIdNumber.Check(input, Today, field: "idNumber");

        Assert.False(result.IsValid);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("IdNumber.CheckCharacter", finding.Code);
        Assert.Equal("idNumber", finding.Field);
        Assert.Contains("校验码", finding.Message.ZhCn);
        Assert.Contains("check character", finding.Message.En);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("11010519491231002")]
    [InlineData("11010519491231002XX")]
    [InlineData("11010519491231002Y")]
    [InlineData("1101051949123100AX")]
    [InlineData("110105 9491231002X")]
    [InlineData("110105194912310")] // the old 15-digit form is not accepted
    public void A_number_that_is_not_17_digits_and_a_check_character_is_refused_for_its_format(string? input)
    {
        var finding = Assert.Single(ResidentIdNumber.Check(input, Today).Findings);

        Assert.Equal("IdNumber.Format", finding.Code);
    }

    [Theory]
    [InlineData("11010519490230")] // 30 February
    [InlineData("11010519491301")] // month 13
    [InlineData("11010519490100")] // day 0
    [InlineData("11010519000229")] // 1900 was not a leap year
    [InlineData("11010518991231")] // before 1900
    [InlineData("11010520260316")] // tomorrow
    [InlineData("11010530000101")] // far in the future
    public void A_number_whose_birth_date_is_not_a_real_past_date_since_1900_is_refused_for_its_birth_date(string first14)
    {
        var result = ResidentIdNumber.Check(WithCheckCharacter(first14 + "002"), Today);

        var finding = Assert.Single(result.Findings);
        Assert.Equal("IdNumber.BirthDate", finding.Code);
    }

    [Fact]
    public void A_person_born_today_has_a_valid_number()
    {
        Assert.True(ResidentIdNumber.Check(WithCheckCharacter("31011820260315001"), Today).IsValid);
    }

    [Theory]
    [InlineData("00010519491231002")]
    [InlineData("99010519491231002")]
    [InlineData("38010519491231002")]
    public void A_number_whose_prefix_is_no_province_is_refused_for_its_region(string first17)
    {
        var finding = Assert.Single(ResidentIdNumber.Check(WithCheckCharacter(first17), Today).Findings);

        Assert.Equal("IdNumber.Region", finding.Code);
    }

    [Fact]
    public void Every_problem_of_a_well_formed_number_is_reported_at_once()
    {
        var result = ResidentIdNumber.Check("990105194902300021", Today);

        Assert.Equal(
            ["IdNumber.Region", "IdNumber.BirthDate", "IdNumber.CheckCharacter"],
            result.Findings.Select(f => f.Code));
    }

    [Fact]
    public void The_region_prefix_is_outside_the_zone_for_a_valid_number_issued_in_Beijing()
    {
        // Issued in Beijing, the holder may still work and apply in the zone: the prefix is no jurisdiction.
        var result = ResidentIdNumber.Check("11010519491231002X", Today);

        Assert.Equal("110105", result.Value!.RegionCode);
        Assert.True(result.IsValid);
    }

    // Independent arithmetic: the weights of GB 11643 written out as its table gives them.
    private static string WithCheckCharacter(string first17)
    {
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = first17.Select((c, i) => (c - '0') * weights[i]).Sum();
        return first17 + "10X98765432"[sum % 11];
    }
}
