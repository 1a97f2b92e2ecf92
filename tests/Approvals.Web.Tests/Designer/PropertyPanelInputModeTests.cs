using System.Text.Json.Nodes;
using Approvals.Web.Features.Designer.Components;
using Approvals.Web.Features.Designer.Model;
using Approvals.Web.Tests.Support;
using Approvals.Workflows.Models;
using Approvals.Workflows.Registry;
using Bunit;

namespace Approvals.Web.Tests.Designer;

/// <summary>
/// The property panel: each input that may take an expression is explicitly a literal, JavaScript or a template,
/// and a task's title and description are a text per language, never a JSON object to type.
/// </summary>
public sealed class PropertyPanelInputModeTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static PropertyPanelModel Panel(PageRenderer page, string type, JsonObject inputs)
    {
        var registry = page.Host<ActivityRegistry>();
        var activity = new ActivityModel { Id = "a1", Type = type, Inputs = inputs };
        return page.Host<PropertyPanelFactory>().Create(activity, registry.Find(type)!.Descriptor, System.Globalization.CultureInfo.CurrentUICulture.Name);
    }

    [Fact]
    public async Task A_literal_switched_to_JavaScript_then_to_a_template_then_back_keeps_its_text_and_writes_each_form()
    {
        await using var page = new PageRenderer(factory, "en", TestAccount.Staff);
        var edits = new List<InputEdit>();
        var panel = page.Render<PropertyPanel>(p => p
            .Add(x => x.Model, Panel(page, "SetStatus", new JsonObject { ["status"] = "variables.state" }))
            .Add(x => x.InputChanged, (InputEdit e) => edits.Add(e)));
        var status = panel.Find("[data-testid=field-status]");
        Assert.Equal("literal", status.QuerySelector("[data-testid=input-mode]")!.GetAttribute("data-mode"));

        panel.Find("[data-testid=field-status] button[data-mode=JavaScript]").Click();
        panel.WaitForAssertion(() => Assert.Equal("""{"expression":{"type":"JavaScript","value":"variables.state"}}""", edits[^1].Value!.ToJsonString()));
        panel.Find("[data-testid=field-status] button[data-mode=Liquid]").Click();
        panel.WaitForAssertion(() => Assert.Equal("""{"expression":{"type":"Liquid","value":"variables.state"}}""", edits[^1].Value!.ToJsonString()));
        panel.Find("[data-testid=field-status] button[data-mode=literal]").Click();

        panel.WaitForAssertion(() => Assert.Equal("\"variables.state\"", edits[^1].Value!.ToJsonString()));
        Assert.Equal("true", panel.Find("[data-testid=field-status] button[data-mode=literal]").GetAttribute("aria-pressed"));
    }

    [Fact]
    public async Task An_input_that_takes_no_expression_offers_no_switch()
    {
        await using var page = new PageRenderer(factory, "zh-CN", TestAccount.Staff);

        var panel = page.Render<PropertyPanel>(p => p.Add(x => x.Model, Panel(page, "SetVariable", new JsonObject { ["variable"] = "amount" })));

        Assert.Empty(panel.FindAll("[data-testid=field-variable] [data-testid=input-mode]"));
    }

    [Theory]
    [InlineData("zh-CN", "中文", "英文")]
    [InlineData("en", "Chinese", "English")]
    public async Task A_task_title_is_one_text_field_per_language_and_an_edit_writes_both_languages(string culture, string chinese, string english)
    {
        await using var page = new PageRenderer(factory, culture, TestAccount.Staff);
        var edits = new List<InputEdit>();
        var panel = page.Render<PropertyPanel>(p => p
            .Add(x => x.Model, Panel(page, "HumanTask", new JsonObject { ["title"] = new JsonObject { ["zh-CN"] = "初审 {{ variables.caseNumber }}" }, ["role"] = "Reviewer" }))
            .Add(x => x.InputChanged, (InputEdit e) => edits.Add(e)));
        var title = panel.Find("[data-testid=field-title]");
        Assert.Empty(title.QuerySelectorAll("textarea[style*=monospace], input[style*=monospace]"));
        Assert.Equal("初审 {{ variables.caseNumber }}", panel.Find("#title-zh-CN").GetAttribute("value"));
        Assert.Contains(chinese, title.TextContent, StringComparison.Ordinal);
        Assert.Contains(english, title.TextContent, StringComparison.Ordinal);

        panel.Find("#title-en").Input("First review {{ variables.caseNumber }}");
        panel.Find("#title-en").Blur();

        panel.WaitForAssertion(() => Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{ "zh-CN": "初审 {{ variables.caseNumber }}", "en": "First review {{ variables.caseNumber }}" }"""),
            Assert.Single(edits, e => e.Name == "title").Value), edits[^1].Value?.ToJsonString()));
    }

    [Fact]
    public void A_language_emptied_is_left_out_and_both_emptied_leave_the_input_out()
    {
        var both = PerLanguageTextCodec.Write(JsonNode.Parse("""{ "zh-CN": "初审", "en": "First review" }"""), "en", "");
        Assert.Equal("""{"zh-CN":"初审"}""", both!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        Assert.Null(PerLanguageTextCodec.Write(both, "zh-CN", null));
        Assert.Equal("Review", PerLanguageTextCodec.Read(JsonValue.Create("Review"), "zh-CN"));
    }
}
