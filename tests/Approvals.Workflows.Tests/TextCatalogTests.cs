using System.Text.Json;
using Approvals.Text;

namespace Approvals.Workflows.Tests;

/// <summary>The engine's texts come from its catalog in both languages, with their arguments in place.</summary>
public sealed class TextCatalogTests
{
    [Fact]
    public void A_catalog_text_is_read_in_Chinese_and_English_with_its_arguments()
    {
        var text = Texts.Text(Texts.WorkflowStep_JoinContinuedWithAnotherBranch, "join1");

        Assert.Equal("汇合“join1”已由另一分支继续，本分支的等待取消。", text.ZhCn);
        Assert.Equal("Join 'join1' continued with another branch.", text.En);
    }

    [Fact]
    public void A_catalog_text_without_arguments_keeps_its_braces_as_written()
    {
        var text = Texts.Text(Texts.SwitchActivity_CasesMustBeArrayOfName);

        Assert.Equal("Cases must be an array of { \"name\": ..., \"condition\": ... }.", text.En);
    }

    [Fact]
    public void A_catalog_text_keeps_the_JSON_shape_of_a_bilingual_text()
    {
        var json = JsonSerializer.Serialize(Texts.Text(Texts.EndActivity_End));

        Assert.Equal("""{"ZhCn":"\u7ED3\u675F","En":"End"}""", json);
    }

    [Fact]
    public void A_key_missing_from_the_catalog_is_refused_rather_than_shown_empty()
    {
        Assert.Throws<System.Resources.MissingManifestResourceException>(() => LocalizedText.From(Texts.ResourceManager, "No_such_key"));
    }
}
