using Approvals.Core.Checks;
using Approvals.Core.Districts;

namespace Approvals.Core.Tests.Checks;

public sealed class CreditCodeEnterpriseAndDivisionTests
{
    private static readonly DistrictDirectory Districts = DistrictDirectory.LoadEmbedded();

    private static UnifiedSocialCreditCode Code(string first17) =>
        UnifiedSocialCreditCode.Check(first17 + UnifiedSocialCreditCode.ExpectedCheckCharacter(first17)).Value!;

    [Fact]
    public void A_code_registered_by_market_regulation_as_an_enterprise_names_an_enterprise() =>
        Assert.True(Code("91310118MA1JL0001").IsEnterprise);

    [Theory]
    [InlineData("92320509MA1MXXXX0")] // 个体工商户
    [InlineData("93330421MA2B12345")] // 农民专业合作社
    [InlineData("52310118MJ0000001")] // 民办非企业单位
    [InlineData("12310118425000001")] // 事业单位
    [InlineData("11310118002000001")] // 机关
    [InlineData("Y1330421000000000")]
    public void A_code_of_any_other_authority_or_type_is_not_an_enterprise(string first17) =>
        Assert.False(Code(first17).IsEnterprise);

    [Theory]
    [InlineData("91310118MA1JL0001", "310118")] // the district's own bureau
    [InlineData("91310000MA1JL0001", "310118")] // Shanghai's municipal bureau
    [InlineData("91320509MA1MT0001", "320509")]
    [InlineData("91320500MA1MT0001", "320509")] // Suzhou's city bureau
    [InlineData("91320000MA1MT0001", "320509")] // Jiangsu's provincial bureau
    [InlineData("91330400MA2BA0001", "330421")] // Jiaxing's city bureau
    [InlineData("91100000MA2BA0001", "330421")] // the national bureau
    public void A_code_issued_in_the_district_or_above_it_is_consistent_with_the_district(string first17, string district) =>
        Assert.True(Code(first17).IsRegisteredWithin(Districts.FindByCode(district)!));

    [Theory]
    [InlineData("91310115MA1JL0001", "310118")] // Pudong, not Qingpu
    [InlineData("91320505MA1MT0001", "320509")] // Suzhou New District, not Wujiang
    [InlineData("91330402MA2BA0001", "330421")] // Nanhu, not Jiashan
    [InlineData("91330000MA2BA0001", "320509")] // Zhejiang's provincial bureau for a Jiangsu district
    [InlineData("91350100M000100Y4", "310118")] // Fuzhou
    public void A_code_issued_in_another_district_city_or_province_is_not(string first17, string district) =>
        Assert.False(Code(first17).IsRegisteredWithin(Districts.FindByCode(district)!));
}
