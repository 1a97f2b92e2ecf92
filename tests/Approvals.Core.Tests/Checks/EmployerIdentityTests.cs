using Approvals.Core.Checks;
using Approvals.Core.Districts;
using Approvals.Core.Employers;

namespace Approvals.Core.Tests.Checks;

/// <summary>Who may act as an employer in the zone, as an enterprise account's sign-up and an application's check judge it.</summary>
public sealed class EmployerIdentityTests
{
    private static readonly DistrictDirectory Districts = DistrictDirectory.LoadEmbedded();

    private static string Code(string first17) => first17 + UnifiedSocialCreditCode.ExpectedCheckCharacter(first17);

    [Theory]
    [InlineData("91310118MA1JL0001", "310118")]
    [InlineData("91320500MA1JL0001", "320509")]
    [InlineData("91330000MA1JL0001", "330421")]
    public void An_enterprise_registered_in_its_zone_district_or_above_it_is_accepted(string first17, string district) =>
        Assert.Empty(EmployerIdentity.Check(Code(first17), district, Districts));

    [Theory]
    [InlineData("92310118MA1JL0001", "310118", "Employer.NotEnterprise")]
    [InlineData("91320509MA1JL0001", "310118", "Employer.DivisionMismatch")]
    [InlineData("91110000MA1JL0001", "110101", "Employer.OutsideZone")]
    public void A_body_that_is_no_enterprise_of_that_zone_district_is_refused(string first17, string district, string code) =>
        Assert.Contains(code, EmployerIdentity.Check(Code(first17), district, Districts).Select(f => f.Code));

    [Fact]
    public void A_wrong_check_character_is_refused_on_the_field_named()
    {
        var valid = Code("91310118MA1JL0001");
        var wrong = valid[..17] + (valid[17] == '0' ? '1' : '0');

        var findings = EmployerIdentity.Check(wrong, "310118", Districts, "creditCode");

        Assert.Equal([(UnifiedSocialCreditCode.CheckCharacterCode, "creditCode")], findings.Select(f => (f.Code, f.Field)));
    }
}
