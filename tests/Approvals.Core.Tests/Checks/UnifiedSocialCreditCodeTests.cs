using Approvals.Core.Checks;

namespace Approvals.Core.Tests.Checks;

public sealed class UnifiedSocialCreditCodeTests
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    [Theory]
    [InlineData("91350100M000100Y43", '9', '1', "350100", "M000100Y4")] // the example printed in GB 32100
    [InlineData("914403001922038216", '9', '1', "440300", "192203821")]
    [InlineData("9144030071526726XG", '9', '1', "440300", "71526726X")]
    public void A_published_code_is_valid_and_tells_where_it_was_registered(
        string code, char authority, char type, string division, string organization)
    {
        var result = UnifiedSocialCreditCode.Check(code);

        Assert.True(result.IsValid);
        Assert.Equal(code, result.Value!.Value);
        Assert.Equal(authority, result.Value.RegistrationAuthority);
        Assert.Equal(type, result.Value.InstitutionType);
        Assert.Equal(division, result.Value.AdministrativeDivisionCode);
        Assert.Equal(organization, result.Value.OrganizationCode);
    }

    [Theory]
    [InlineData("91310118MA1JL0000")]
    [InlineData("92320509MA1MXXXX0")]
    [InlineData("93330421MA2B12345")]
    [InlineData("52310118MJ0000001")]
    [InlineData("Y1330421000000000")]
    public void A_code_ending_in_its_computed_check_character_is_valid(string first17)
    {
        var code = WithCheckCharacter(first17);

        var result = UnifiedSocialCreditCode.Check(code);

        Assert.True(result.IsValid, string.Join(", ", result.Findings.Select(f => f.Code)));
        Assert.Equal(first17.Substring(2, 6), result.Value!.AdministrativeDivisionCode);
    }

    [Fact]
    public void Lower_case_letters_and_surrounding_spaces_are_accepted_and_normalised()
    {
        var result = UnifiedSocialCreditCode.Check(" 91350100m000100y43 ");

        Assert.Equal("91350100M000100Y43", result.Value!.Value);
    }

    [Theory]
    [InlineData("91350100M000100Y44")] // last character changed
    [InlineData("91350100M000100Y4G")]
    [InlineData("91350100M000100Y53")] // organisation code changed
    [InlineData("91350101M000100Y43")] // division changed
    [InlineData("93350100M000100Y43")] // institution type changed to another valid one
    public void A_one_character_change_is_refused_for_its_check_character(string code)
    {
        var finding = Assert.Single(UnifiedSocialCreditCode.Check(code, field: "employer.creditCode").Findings);

        Assert.Equal("CreditCode.CheckCharacter", finding.Code);
        Assert.Equal("employer.creditCode", finding.Field);
    }

    [Fact]
    public void Every_one_character_change_of_a_valid_code_is_refused()
    {
        const string valid = "91350100M000100Y43";
        for (var position = 0; position < valid.Length; position++)
        {
            foreach (var replacement in Alphabet.Where(c => c != valid[position]))
            {
                var changed = valid[..position] + replacement + valid[(position + 1)..];
                Assert.False(UnifiedSocialCreditCode.Check(changed).IsValid, changed);
            }
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("91350100M000100Y4")]
    [InlineData("91350100M000100Y433")]
    [InlineData("91350100M000100YI3")] // I is not in the alphabet
    [InlineData("91350100M000100YO3")]
    [InlineData("91350100M000100YS3")]
    [InlineData("91350100M000100YV3")]
    [InlineData("91350100M000100YZ3")]
    [InlineData("91350100M000100-43")]
    public void A_code_that_is_not_18_characters_of_its_alphabet_is_refused_for_its_format(string? code)
    {
        Assert.Equal("CreditCode.Format", Assert.Single(UnifiedSocialCreditCode.Check(code).Findings).Code);
    }

    [Theory]
    [InlineData("B1310118MA1JL0000")]
    [InlineData("01310118MA1JL0000")]
    [InlineData("X1310118MA1JL0000")]
    public void A_code_from_no_registration_authority_is_refused_for_it(string first17)
    {
        Assert.Equal(
            "CreditCode.RegistrationAuthority",
            Assert.Single(UnifiedSocialCreditCode.Check(WithCheckCharacter(first17)).Findings).Code);
    }

    [Theory]
    [InlineData("94310118MA1JL0000")] // market regulation registers types 1–3 only
    [InlineData("99310118MA1JL0000")]
    [InlineData("5A310118MA1JL0000")]
    [InlineData("Y2310118MA1JL0000")]
    public void A_code_with_an_institution_type_its_authority_does_not_register_is_refused_for_it(string first17)
    {
        Assert.Equal(
            "CreditCode.InstitutionType",
            Assert.Single(UnifiedSocialCreditCode.Check(WithCheckCharacter(first17)).Findings).Code);
    }

    [Theory]
    [InlineData("9131A118MA1JL0000")]
    [InlineData("91000000MA1JL0000")]
    public void A_code_whose_characters_3_to_8_are_no_division_code_is_refused_for_it(string first17)
    {
        Assert.Equal(
            "CreditCode.AdministrativeDivision",
            Assert.Single(UnifiedSocialCreditCode.Check(WithCheckCharacter(first17)).Findings).Code);
    }

    // Independent arithmetic: the weights of GB 32100 written out as its table gives them.
    private static string WithCheckCharacter(string first17)
    {
        int[] weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
        var sum = first17.Select((c, i) => Alphabet.IndexOf(c) * weights[i]).Sum();
        return first17 + Alphabet[(31 - sum % 31) % 31];
    }
}
