using System.Text;
using Approvals.Core.Districts;
using Approvals.Core.Issuers;

namespace Approvals.Core.Tests.Issuers;

public sealed class IssuerDirectoryTests
{
    [Fact]
    public void The_embedded_issuers_are_the_reference_file_from_the_national_administration_to_the_zone_districts()
    {
        var issuers = IssuerDirectory.LoadEmbedded();

        Assert.Equal(15, issuers.Issuers.Count);
        Assert.Equal(new Issuer("qts-320000", "320000", "provincial", "former", "江苏省质量技术监督局", "Jiangsu Provincial Bureau of Quality and Technical Supervision"), issuers.Find("qts-320000"));
        Assert.Null(issuers.Find("samr")!.Division);
        Assert.Equal(["310118", "320509", "330421"], issuers.Issuers.Where(i => i.Level == "district").Select(i => i.Division));
    }

    [Fact]
    public void The_district_directory_carries_the_issuers_and_an_unknown_code_finds_none()
    {
        var districts = DistrictDirectory.LoadEmbedded();

        Assert.Equal("苏州市质量技术监督局", districts.Issuers.Find(" QTS-320500 ")!.Zh);
        Assert.Null(districts.Issuers.Find("qts-999999"));
        Assert.Null(districts.Issuers.Find(null));
    }

    [Fact]
    public void An_issuer_listed_twice_is_refused()
    {
        const string json = """{ "issuers": [ { "id": "amr-310000", "division": "310000", "level": "provincial", "kind": "current", "zh": "甲", "en": "A" }, { "id": "AMR-310000", "division": "310000", "level": "provincial", "kind": "current", "zh": "乙", "en": "B" } ] }""";

        var refused = Assert.Throws<InvalidDataException>(() => IssuerDirectory.Load(new MemoryStream(Encoding.UTF8.GetBytes(json))));

        Assert.Contains("listed more than once", refused.Message);
    }
}
