using System.Text.Json.Nodes;
using Approvals.Infrastructure.Mail;

namespace Approvals.Infrastructure.Tests.Mail;

public sealed class MailTemplatesTests
{
    private static readonly string[] Expected =
    [
        "received", "corrections-requested", "verification-requested", "approved", "rejected", "renewed", "renewal-refused", "recognised", "recognition-refused",
        "not-accepted",
        "reminder", "escalation",
        "overdue-digest", "expiry-reminder", "confirm-email", "reset-password",
        "limit-extended",
        "changed", "change-refused", "registration-moved",
        "cancelled", "cancellation-refused", "revocation-notice", "revoked", "revocation-dropped",
        "staff-filing", "employer-decision",
        "mail-failed",
        "monthly-statistics",
    ];

    public static TheoryData<string> Names() => new(Expected);

    public static TheoryData<string> TemplatesOfTheNewTypes() =>
        new("changed", "change-refused", "registration-moved", "cancelled", "cancellation-refused", "revocation-notice", "revoked", "revocation-dropped", "staff-filing");

    [Theory]
    [MemberData(nameof(TemplatesOfTheNewTypes))]
    public void The_mails_of_changes_cancellations_revocations_and_employer_filings_link_to_their_case_in_both_languages_and_both_parts(string name)
    {
        const string caseUrl = "https://approvals.example.test/applications/case-1";
        var model = new JsonObject { ["case"] = new JsonObject { ["url"] = caseUrl } };

        foreach (var culture in new[] { "zh-CN", "en" })
        {
            var mail = MailTemplates.Render(name, culture, model);
            Assert.Contains(caseUrl, mail.Text, StringComparison.Ordinal);
            Assert.Contains($"href=\"{caseUrl}\"", mail.Html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_template_the_platform_sends_is_shipped() =>
        Assert.Equal(Expected.Order(StringComparer.Ordinal), MailTemplates.Names);

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_template_has_a_subject_and_both_parts_in_Chinese_and_English(string name)
    {
        var zh = MailTemplates.Render(name, "zh-CN", []);
        var en = MailTemplates.Render(name, "en", []);

        Assert.All(new[] { zh, en }, mail =>
        {
            Assert.False(string.IsNullOrWhiteSpace(mail.Subject));
            Assert.StartsWith("<!DOCTYPE html>", mail.Html, StringComparison.Ordinal);
            Assert.DoesNotContain("<", mail.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("{{", mail.Html + mail.Text, StringComparison.Ordinal);
        });
        Assert.Equal(("zh-CN", "en"), (zh.Culture, en.Culture));
        Assert.NotEqual(zh.Subject, en.Subject);
    }

    [Fact]
    public void Corrections_requested_lists_every_item_in_both_parts()
    {
        var model = new JsonObject
        {
            ["corrections"] = new JsonObject
            {
                ["items"] = new JsonArray(
                    new JsonObject { ["item"] = "身份证复印件", ["problem"] = "缺少反面" },
                    new JsonObject { ["item"] = "劳动合同", ["problem"] = "已过期" }),
            },
        };

        var mail = MailTemplates.Render("corrections-requested", "zh-CN", model);

        Assert.All(new[] { "身份证复印件：缺少反面", "劳动合同：已过期" }, line =>
        {
            Assert.Contains(line, mail.Text, StringComparison.Ordinal);
            Assert.Matches(line.Replace("：", "</strong></td><td[^>]*>", StringComparison.Ordinal), mail.Html);
        });
    }

    [Fact]
    public void A_correction_notice_says_which_items_the_automatic_check_found()
    {
        var model = new JsonObject
        {
            ["corrections"] = new JsonObject { ["items"] = new JsonArray(new JsonObject { ["item"] = "劳动合同", ["problem"] = "缺少材料", ["source"] = "自动审查发现" }) },
        };

        var mail = MailTemplates.Render("corrections-requested", "zh-CN", model);

        Assert.Contains("【自动审查发现】劳动合同：缺少材料", mail.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refusal_to_accept_gives_the_reasons_the_legal_basis_and_where_to_appeal()
    {
        var model = new JsonObject
        {
            ["reasons"] = new JsonArray(new JsonObject { ["problem"] = "延续注册应在 2026-09-01 至 2026-11-30 之间申请。" }),
            ["appeal"] = new JsonObject { ["reviewBody"] = "青浦区人民政府", ["court"] = "上海铁路运输法院" },
        };

        var mail = MailTemplates.Render("not-accepted", "zh-CN", model);

        Assert.Contains("不予受理", mail.Subject, StringComparison.Ordinal);
        Assert.All(new[] { "延续注册应在 2026-09-01 至 2026-11-30 之间申请。", "第三十二条第一款", "青浦区人民政府申请行政复议", "上海铁路运输法院提起行政诉讼" }, text =>
        {
            Assert.Contains(text, mail.Text, StringComparison.Ordinal);
            Assert.Contains(text, mail.Html, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("en-US", "en")]
    [InlineData("fr", "zh-CN")]
    [InlineData(null, "zh-CN")]
    public void A_recipient_reads_English_when_they_asked_for_it_and_Chinese_otherwise(string? culture, string rendered) =>
        Assert.Equal(rendered, MailTemplates.Render("approved", culture, []).Culture);

    [Fact]
    public void An_unknown_template_names_the_ones_that_exist() =>
        Assert.Contains("approved", Assert.Throws<MailTemplateNotFoundException>(() => MailTemplates.Render("approval", "zh-CN", [])).Message, StringComparison.Ordinal);
}
