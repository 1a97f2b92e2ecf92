using System.Text.Json.Nodes;
using Approvals.Infrastructure.Mail;

namespace Approvals.Infrastructure.Tests.Mail;

public sealed class MailTemplateRendererTests
{
    private static readonly JsonObject Model = new()
    {
        ["name"] = "张三 <admin>",
        ["items"] = new JsonArray(new JsonObject { ["item"] = "身份证" }, new JsonObject { ["item"] = "照片" }),
        ["empty"] = new JsonArray(),
        ["count"] = 3,
    };

    [Fact]
    public void A_value_is_html_encoded_in_html_and_kept_as_is_in_text()
    {
        Assert.Equal("Hi 张三 &lt;admin&gt;", MailTemplateRenderer.Render("Hi {{ name }}", Model, htmlEncode: true));
        Assert.Equal("Hi 张三 <admin>", MailTemplateRenderer.Render("Hi {{ name }}", Model, htmlEncode: false));
    }

    [Fact]
    public void Each_repeats_its_body_for_every_item_and_if_keeps_it_only_when_present() =>
        Assert.Equal("[身份证][照片](3)", MailTemplateRenderer.Render(
            "{{#each items}}[{{ this.item }}]{{/each}}{{#if empty}}none{{/if}}{{#if count}}({{ count }}){{/if}}{{#if missing.path}}x{{/if}}", Model, htmlEncode: false));

    [Theory]
    [InlineData("en", "Due 16 Mar 2026, 17:00; valid until 5 Dec 2031")]
    [InlineData("zh-CN", "Due 2026年3月16日 17:00; valid until 2031年12月5日")]
    public void Date_tags_show_ISO_values_in_the_mail_s_language_and_Shanghai_time(string culture, string expected)
    {
        var model = new JsonObject { ["dueAt"] = "2026-03-16T09:00:00Z", ["validUntil"] = "2031-12-05" };

        Assert.Equal(expected, MailTemplateRenderer.Render("Due {{ datetime dueAt }}; valid until {{ date validUntil }}", model, htmlEncode: false,
            System.Globalization.CultureInfo.GetCultureInfo(culture)));
    }

    [Fact]
    public void A_deadline_queued_before_instants_carried_an_offset_is_read_as_Shanghai_time() =>
        Assert.Equal("16 Mar 2026, 17:00", MailTemplateRenderer.Render("{{ datetime dueAt }}", new JsonObject { ["dueAt"] = "2026-03-16 17:00" }, htmlEncode: false,
            System.Globalization.CultureInfo.GetCultureInfo("en")));

    [Fact]
    public void Template_syntax_inside_the_data_is_printed_not_run()
    {
        var model = new JsonObject { ["name"] = "{{ secret }}", ["secret"] = "leaked" };

        Assert.Equal("{{ secret }}", MailTemplateRenderer.Render("{{ name }}", model, htmlEncode: false));
    }

    [Theory]
    [InlineData("{{#each items}}x", "never closed")]
    [InlineData("x{{/if}}", "closes nothing")]
    [InlineData("{{#loop items}}{{/loop}}", "not a section")]
    public void A_malformed_template_is_refused_with_the_reason(string template, string reason) =>
        Assert.Contains(reason, Assert.Throws<FormatException>(() => MailTemplateRenderer.Render(template, Model, htmlEncode: false)).Message, StringComparison.Ordinal);
}
