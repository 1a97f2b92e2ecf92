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

    [Fact]
    public void An_applicant_picks_from_the_zone_districts_first_then_city_provincial_and_national_issuers_current_before_former()
    {
        var issuers = IssuerDirectory.LoadEmbedded();

        var order = issuers.InPickingOrder.Select(i => i.Id).ToList();

        Assert.Equal(
            ["amr-310118", "amr-320509", "amr-330421",
             "amr-320500", "amr-330400", "qts-320500", "qts-330400",
             "amr-310000", "amr-320000", "amr-330000", "qts-310000", "qts-320000", "qts-330000",
             "samr", "aqsiq"],
            order);
    }

    [Fact]
    public void An_issuer_of_a_level_the_picker_does_not_know_comes_last_rather_than_being_left_out()
    {
        const string json = """{ "issuers": [ { "id": "x-1", "division": null, "level": "regional", "kind": "current", "zh": "甲", "en": "A" }, { "id": "samr", "division": null, "level": "national", "kind": "current", "zh": "乙", "en": "B" } ] }""";

        var issuers = IssuerDirectory.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)));

        Assert.Equal(["samr", "x-1"], issuers.InPickingOrder.Select(i => i.Id));
    }
}
