using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Approvals.Infrastructure.Mail;

namespace Approvals.Infrastructure.Tests.Mail;

/// <summary>Every template in both languages, filled as the platform fills it: what the reader sees, not what the code calls it.</summary>
public sealed partial class MailTemplateContentTests
{
    private const string CaseNumber = "SQ-310118-2026-000123";
    private const string CaseUrl = "https://approvals.example.test/applications/8f2c";
    private const string CaseType = "注册计量师初始注册";

    public static TheoryData<string, string> EveryTemplateInBothLanguages()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in MailTemplates.Names)
        {
            data.Add(name, "zh-CN");
            data.Add(name, "en");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryTemplateInBothLanguages))]
    public void A_mail_shows_dates_in_its_reader_s_one_format_and_never_as_ISO(string name, string culture)
    {
        var mail = MailTemplates.Render(name, culture, Realistic());

        foreach (var part in new[] { mail.Subject, mail.Text, mail.Html })
        {
            Assert.DoesNotMatch(IsoDate(), UrlFree(part));
            Assert.DoesNotMatch(culture == "en" ? ChineseDate() : EnglishDate(), part);
        }
    }

    [Theory]
    [MemberData(nameof(EveryTemplateInBothLanguages))]
    public void A_mail_carries_no_internal_code(string name, string culture)
    {
        var mail = MailTemplates.Render(name, culture, Realistic());

        foreach (var part in new[] { mail.Subject, mail.Text, System.Net.WebUtility.HtmlDecode(Tags().Replace(mail.Html, " ")) })
        {
            var words = UrlFree(part);
            Assert.DoesNotMatch(DottedPascalCase(), words);
            Assert.DoesNotMatch(PipeJoinedNames(), words);
            Assert.DoesNotMatch(CamelCaseKey(), words);
            Assert.DoesNotContain("{{", words, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(EveryTemplateInBothLanguages))]
    public void A_case_mail_names_the_case_by_its_readable_number_and_links_to_its_page(string name, string culture)
    {
        var mail = MailTemplates.Render(name, culture, Realistic());
        if (!mail.Text.Contains(CaseNumber, StringComparison.Ordinal) || !mail.Html.Contains(CaseUrl, StringComparison.Ordinal))
            return; // account, digest and task mails name no single case page
        Assert.Contains(CaseNumber, mail.Html, StringComparison.Ordinal);
        Assert.Contains(CaseUrl, mail.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("8f2c", mail.Text.Replace(CaseUrl, "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(EveryTemplateInBothLanguages))]
    public void Every_mail_links_to_its_page_in_both_parts_as_an_absolute_address(string name, string culture)
    {
        var mail = MailTemplates.Render(name, culture, Realistic());

        var link = Link().Match(mail.Html);
        Assert.True(link.Success, $"{name}.{culture} has no link to a page");
        Assert.StartsWith("https://approvals.example.test/", link.Groups["url"].Value, StringComparison.Ordinal);
        Assert.Contains(link.Groups["url"].Value, mail.Text, StringComparison.Ordinal);
        Assert.Contains("display: inline-block", link.Value, StringComparison.Ordinal); // drawn as a button
    }

    [Theory]
    [MemberData(nameof(EveryTemplateInBothLanguages))]
    public void A_case_mail_s_subject_names_the_case_by_its_type_and_readable_number(string name, string culture)
    {
        var mail = MailTemplates.Render(name, culture, Realistic());
        if (!mail.Text.Contains(CaseNumber, StringComparison.Ordinal) || name == "overdue-digest")
            return; // account mails and the digest name no single case
        Assert.Contains(CaseNumber, mail.Subject, StringComparison.Ordinal);
        Assert.Contains(CaseType, mail.Subject, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("reminder", "https://approvals.example.test/tasks/b7")]
    [InlineData("escalation", "https://approvals.example.test/tasks/b7")]
    [InlineData("overdue-digest", "https://approvals.example.test/tasks")]
    [InlineData("verification-requested", "https://approvals.example.test/tasks#verifications")]
    [InlineData("limit-extended", CaseUrl)]
    [InlineData("monthly-statistics", "https://approvals.example.test/statistics?month=2026-02")]
    public void Task_mails_lead_to_the_task_the_digest_to_the_inbox_and_the_extension_to_the_case(string name, string url)
    {
        foreach (var culture in new[] { "zh-CN", "en" })
        {
            var mail = MailTemplates.Render(name, culture, Realistic());
            Assert.Contains($"href=\"{url}\"", mail.Html, StringComparison.Ordinal);
            Assert.Contains(url, mail.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_correction_notice_lists_each_item_in_a_table_row()
    {
        var mail = MailTemplates.Render("corrections-requested", "zh-CN", Realistic());

        Assert.Matches("<tr[^>]*><td[^>]*><strong>身份证</strong></td><td[^>]*>照片不清晰</td><td[^>]*>审核人员要求</td></tr>", mail.Html);
        Assert.Contains("身份证", mail.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_English_approval_says_6_Dec_2026_and_the_Chinese_one_2026年12月6日()
    {
        var en = MailTemplates.Render("approved", "en", Realistic());
        var zh = MailTemplates.Render("approved", "zh-CN", Realistic());

        Assert.Contains("6 Dec 2026", en.Text, StringComparison.Ordinal);
        Assert.Contains("2026年12月6日", zh.Text, StringComparison.Ordinal);
        Assert.Contains("2031年12月5日", zh.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deadline_is_shown_in_Shanghai_time_in_the_reader_s_format()
    {
        var en = MailTemplates.Render("corrections-requested", "en", Realistic());
        var zh = MailTemplates.Render("corrections-requested", "zh-CN", Realistic());

        Assert.Contains("16 Mar 2026, 17:00", en.Text, StringComparison.Ordinal);
        Assert.Contains("2026年3月16日 17:00", zh.Text, StringComparison.Ordinal);
    }

    private static string UrlFree(string text) => Url().Replace(text, "");

    /// <summary>A model as a procedure fills it: readable names and numbers, ISO dates, instants with their offset.</summary>
    private static JsonObject Realistic() => new()
    {
        ["applicationId"] = "8f2c",
        ["case"] = new JsonObject { ["url"] = CaseUrl },
        ["link"] = "https://approvals.example.test/account/confirm?code=abc",
        ["expiresInMinutes"] = 60,
        ["invited"] = true,
        ["user"] = new JsonObject { ["name"] = "张三" },
        ["recipient"] = new JsonObject { ["name"] = "李四", ["address"] = "li@example.test" },
        ["applicant"] = new JsonObject { ["name"] = "张三", ["email"] = "zhang@example.test" },
        ["holder"] = new JsonObject { ["name"] = "张三" },
        ["staff"] = new JsonObject { ["name"] = "张三" },
        ["employer"] = new JsonObject { ["name"] = "嘉善精密仪器有限公司" },
        ["district"] = new JsonObject { ["name"] = "青浦区" },
        ["newDistrict"] = new JsonObject { ["name"] = "吴江区" },
        ["requester"] = new JsonObject { ["district"] = "吴江区" },
        ["application"] = new JsonObject { ["number"] = CaseNumber, ["type"] = CaseType, ["submittedAt"] = "2026-03-02T09:15:00+08:00", ["statutoryDays"] = 20 },
        ["registration"] = new JsonObject
        {
            ["number"] = "JLS-310118-2026-0007", ["validFrom"] = "2026-12-06", ["validUntil"] = "2031-12-05", ["changedOn"] = "2026-12-06",
            ["holder"] = "张三", ["employer"] = "嘉善精密仪器有限公司", ["projects"] = "长度、热工", ["reason"] = "本人申请注销",
        },
        ["recognition"] = new JsonObject { ["number"] = "HR-310118-2026-0003", ["recognised"] = "JLS-320509-2024-0011", ["validFrom"] = "2026-12-06", ["validUntil"] = "2029-06-30" },
        ["certificate"] = new JsonObject { ["number"] = "JL-0702", ["holder"] = "张三", ["kind"] = "计量专业项目考核合格证" },
        ["verification"] = new JsonObject { ["dueAt"] = "2026-03-09T17:00:00+08:00", ["url"] = "https://approvals.example.test/tasks#verifications" },
        ["inbox"] = new JsonObject { ["url"] = "https://approvals.example.test/tasks" },
        ["report"] = new JsonObject { ["month"] = "2026-02", ["from"] = "2026-02-01", ["to"] = "2026-02-28", ["received"] = 41, ["decided"] = 37, ["overdueCases"] = 2, ["fileName"] = "示范区计量审批月度统计-2026-02.pdf" },
        ["statistics"] = new JsonObject { ["url"] = "https://approvals.example.test/statistics?month=2026-02" },
        ["corrections"] = new JsonObject
        {
            ["dueAt"] = "2026-03-16T17:00:00+08:00",
            ["items"] = new JsonArray(new JsonObject { ["item"] = "身份证", ["problem"] = "照片不清晰", ["source"] = "审核人员要求" }),
        },
        ["reasons"] = new JsonArray(new JsonObject { ["problem"] = "注册已过期。" }),
        ["notice"] = new JsonObject { ["registrationNumber"] = "JLS-310118-2021-0002", ["reason"] = "以欺骗手段取得注册", ["dueAt"] = "2026-03-13T17:00:00+08:00", ["legalBasis"] = "《中华人民共和国行政许可法》第六十九条" },
        ["decision"] = new JsonObject { ["reason"] = "材料不符合要求", ["legalBasis"] = "《中华人民共和国行政许可法》第三十八条", ["text"] = "准予注册", ["bureau"] = "上海市青浦区市场监督管理局" },
        ["authority"] = new JsonObject { ["bureau"] = "上海市青浦区市场监督管理局", ["grant"] = "准予注册", ["refusal"] = "不予注册", ["legalBasis"] = "《注册计量师职业资格制度规定》" },
        ["appeal"] = new JsonObject { ["reviewBody"] = "青浦区人民政府", ["court"] = "上海铁路运输法院" },
        ["task"] = new JsonObject { ["title"] = "初审", ["dueAt"] = "2026-03-06T17:00:00+08:00", ["assignee"] = "王五", ["unclaimed"] = false, ["url"] = "https://approvals.example.test/tasks/b7" },
        ["escalation"] = new JsonObject { ["role"] = "审核员", ["reassigned"] = true, ["notified"] = false },
        ["digest"] = new JsonObject { ["date"] = "2026-03-02", ["overdueCount"] = 1, ["soonDueCount"] = 1 },
        ["overdue"] = new JsonArray(new JsonObject { ["title"] = "初审", ["applicationNumber"] = CaseNumber, ["dueAt"] = "2026-03-01T17:00:00+08:00" }),
        ["soonDue"] = new JsonArray(new JsonObject { ["title"] = "复审", ["applicationNumber"] = "SQ-310118-2026-000124", ["dueAt"] = "2026-03-03T17:00:00+08:00" }),
        ["reminder"] = new JsonObject { ["daysLeft"] = 30 },
        ["renewal"] = new JsonObject { ["url"] = "https://approvals.example.test/applications/new?type=renewal" },
        ["extension"] = new JsonObject { ["workingDays"] = 10, ["reason"] = "需组织专家现场核查", ["limitWorkingDays"] = 30, ["dueOn"] = "2026-04-14" },
    };

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"<a href=""(?<url>https://[^""]+)""[^>]*>")]
    private static partial Regex Link();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\d{4}年\d{1,2}月\d{1,2}日")]
    private static partial Regex ChineseDate();

    [GeneratedRegex(@"\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}\b")]
    private static partial Regex EnglishDate();

    [GeneratedRegex(@"\b[A-Z][a-z]+\.[A-Z][A-Za-z]+\b")]
    private static partial Regex DottedPascalCase();

    [GeneratedRegex(@"\b[A-Z][A-Za-z]+\|[A-Z][A-Za-z]+\b")]
    private static partial Regex PipeJoinedNames();

    [GeneratedRegex(@"(?<![\w@.-])[a-z]+[A-Z][A-Za-z]*\b")]
    private static partial Regex CamelCaseKey();

    [GeneratedRegex(@"(https?://|mailto:)[^\s""<]+|[\w.+-]+@[\w.-]+")]
    private static partial Regex Url();
}
