using System.Text.Json;
using Approvals.Core.Findings;
using Approvals.Text;

namespace Approvals.Core.Tests.Checks;

public sealed class FindingJsonTests
{
    private static readonly Finding Missing = new("required", new LocalizedText("请填写姓名。", "Give a name."), "name");

    [Fact]
    public void A_finding_reads_in_the_API_as_it_always_did_with_its_message_in_both_languages()
    {
        var json = JsonSerializer.SerializeToNode(Missing, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

        Assert.Equal("required", (string)json["code"]!);
        Assert.Equal(["zhCn", "en"], json["message"]!.AsObject().Select(p => p.Key));
        Assert.Equal("请填写姓名。", (string)json["message"]!["zhCn"]!);
        Assert.Equal("Give a name.", (string)json["message"]!["en"]!);
    }

    [Fact]
    public void A_finding_stored_before_the_text_moved_reads_back_unchanged()
    {
        const string stored = """{"Code":"required","Message":{"ZhCn":"请填写姓名。","En":"Give a name."},"Field":"name"}""";

        Assert.Equal(Missing, JsonSerializer.Deserialize<Finding>(stored));
        Assert.Equal(Missing, JsonSerializer.Deserialize<Finding>(JsonSerializer.Serialize(Missing)));
    }
}
