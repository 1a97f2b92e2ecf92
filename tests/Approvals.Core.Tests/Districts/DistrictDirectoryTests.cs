using System.Text;
using Approvals.Core.Districts;

namespace Approvals.Core.Tests.Districts;

public sealed class DistrictDirectoryTests
{
    private readonly DistrictDirectory _directory = DistrictDirectory.LoadEmbedded();

    [Fact]
    public void The_embedded_reference_lists_Qingpu_Wujiang_and_Jiashan_in_order()
    {
        Assert.Equal(["310118", "320509", "330421"], _directory.Districts.Select(d => d.Code));
        Assert.Equal(["qingpu", "wujiang", "jiashan"], _directory.Districts.Select(d => d.Key));
    }

    [Theory]
    [InlineData("310118", "qingpu", "青浦区", "Qingpu District", "上海市", "上海市青浦区市场监督管理局")]
    [InlineData("320509", "wujiang", "吴江区", "Wujiang District", "江苏省", "苏州市吴江区市场监督管理局")]
    [InlineData("330421", "jiashan", "嘉善县", "Jiashan County", "浙江省", "嘉善县市场监督管理局")]
    public void A_district_is_found_by_code_and_by_key_with_its_names_and_bureau(
        string code, string key, string name, string nameEn, string province, string bureau)
    {
        var byCode = _directory.FindByCode(code);

        Assert.NotNull(byCode);
        Assert.Same(byCode, _directory.FindByKey(key));
        Assert.Same(byCode, _directory.FindByKey(key.ToUpperInvariant()));
        Assert.Equal(name, byCode.Name);
        Assert.Equal(nameEn, byCode.NameEn);
        Assert.Equal(province, byCode.Province);
        Assert.Equal(bureau, byCode.Bureau);
    }

    [Theory]
    [InlineData("310118", true)]
    [InlineData("320509", true)]
    [InlineData("330421", true)]
    [InlineData("310000", false)] // Shanghai as a whole is not a zone district
    [InlineData("320506", false)] // Suzhou Wuzhong, a neighbour
    [InlineData("110105", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Only_the_three_district_codes_are_in_the_zone(string? code, bool inZone) =>
        Assert.Equal(inZone, _directory.IsInZone(code));

    [Fact]
    public void Unknown_codes_and_keys_find_nothing()
    {
        Assert.Null(_directory.FindByCode("999999"));
        Assert.Null(_directory.FindByKey("songjiang"));
        Assert.Null(_directory.FindByKey(null));
    }

    [Fact]
    public void The_executive_committee_oversees_the_zone()
    {
        Assert.Equal("executive-committee", _directory.Oversight.Key);
        Assert.Equal("长三角生态绿色一体化发展示范区执行委员会", _directory.Oversight.Name);
        Assert.Equal("Executive Committee of the Demonstration Zone", _directory.Oversight.NameEn);
    }

    [Theory]
    [InlineData("""{ "districts": [], "oversight": { "key": "k", "name": "n", "nameEn": "e" } }""")]
    [InlineData("""{ "districts": [ { "code": "310118", "key": "qingpu" } ], "oversight": { "key": "k", "name": "n", "nameEn": "e" } }""")]
    [InlineData("""{ "districts": [ { "code": "31011", "key": "q", "name": "n", "nameEn": "n", "city": "c", "province": "p", "provinceCode": "310000", "bureau": "b", "provincialBureau": "pb" } ], "oversight": { "key": "k", "name": "n", "nameEn": "e" } }""")]
    [InlineData("""{ "districts": [ { "code": "310118", "key": "q", "name": "n", "nameEn": "n", "city": "c", "province": "p", "provinceCode": "310000", "bureau": "b", "provincialBureau": "pb" } ] }""")]
    [InlineData("""{ "districts": [ { "code": "310118", "key": "q", "name": "n", "nameEn": "n", "city": "c", "province": "p", "provinceCode": "310000", "bureau": "b", "provincialBureau": "pb" }, { "code": "310118", "key": "r", "name": "n", "nameEn": "n", "city": "c", "province": "p", "provinceCode": "310000", "bureau": "b", "provincialBureau": "pb" } ], "oversight": { "key": "k", "name": "n", "nameEn": "e" } }""")]
    public void A_reference_document_with_a_missing_field_or_a_repeated_district_is_refused(string json)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));

        Assert.Throws<InvalidDataException>(() => DistrictDirectory.Load(stream));
    }
}
