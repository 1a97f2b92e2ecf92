using System.Text.RegularExpressions;
using Approvals.Browser.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MimeKit;

namespace Approvals.Browser.Tests;

/// <summary>An applicant creates an account, confirms the address from the e-mail, and signs in.</summary>
public sealed partial class AccountJourneyTests(BrowserAppFactory app, Chromium chromium) : IClassFixture<BrowserAppFactory>, IClassFixture<Chromium>
{
    [Fact]
    public async Task An_applicant_registers_confirms_the_address_from_the_mail_and_signs_in()
    {
        var context = await chromium.Browser.NewAppContextAsync(new BrowserNewContextOptions { BaseURL = app.RootUri.ToString() });
        var page = await context.NewPageAsync();
        const string email = "li.si@example.cn";
        const string password = "Metrology2026";

        await page.GotoAsync("/account/register");
        await page.GetByLabel("姓名").FillAsync("李四");
        await page.GetByLabel("电子邮箱").FillAsync(email);
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync("short");
        await page.GetByLabel("确认密码").FillAsync("short");
        await page.GetByRole(AriaRole.Button, new() { Name = "注册" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("密码至少需要 10 位");
        await page.TakeAsync("10-register-weak-password");

        await page.GetByLabel("姓名").FillAsync("李四");
        await page.GetByLabel("电子邮箱").FillAsync(email);
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync(password);
        await page.GetByLabel("确认密码").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "注册" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("确认邮件");

        await page.GotoAsync("/account/login");
        await SignInAsync(page, email, password);
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("请先点击确认邮件中的链接");

        var link = LinkMailedTo(email, "请确认您的邮箱地址");
        await page.GotoAsync(link);
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("电子邮箱已确认");
        await page.TakeAsync("11-email-confirmed");

        await page.GotoAsync("/account/login");
        await SignInAsync(page, email, password);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("^(?!.*/account/)"));
        await Assertions.Expect(page.GetByText("您好，李四。")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "我的申请" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "待办任务" })).Not.ToBeVisibleAsync();
        await page.TakeAsync("12-applicant-home");
    }

    [Fact]
    public async Task A_wrong_password_is_refused_in_Chinese_without_saying_whether_the_account_exists()
    {
        var page = await (await chromium.Browser.NewAppContextAsync(new BrowserNewContextOptions { BaseURL = app.RootUri.ToString() })).NewPageAsync();
        await page.GotoAsync("/account/login");

        await SignInAsync(page, "reviewer.qingpu@approvals.local", "Wrong-password-1");
        var known = await page.GetByRole(AriaRole.Alert).InnerTextAsync();
        await SignInAsync(page, "nobody@approvals.local", "Wrong-password-1");
        var unknown = await page.GetByRole(AriaRole.Alert).InnerTextAsync();

        Assert.Equal("电子邮箱或密码不正确。", known.Trim());
        Assert.Equal(known, unknown);
    }

    [Fact]
    public async Task A_forgotten_password_is_reset_from_the_link_in_the_mail_and_the_old_one_stops_working()
    {
        const string email = "applicant@approvals.local";
        const string newPassword = "Metrology-2027-new";
        var oldPassword = app.Services.GetRequiredService<IConfiguration>()["DevelopmentAccounts:Password"]!;
        var page = await (await chromium.Browser.NewAppContextAsync(new BrowserNewContextOptions { BaseURL = app.RootUri.ToString() })).NewPageAsync();

        await page.GotoAsync("/account/forgot-password");
        await page.GetByLabel("电子邮箱").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "发送重置链接" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("我们已发送重置密码的链接");

        await page.GotoAsync(LinkMailedTo(email, "重置密码"));
        await page.GetByLabel("电子邮箱").FillAsync(email);
        await page.GetByLabel("新密码").FillAsync(newPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "重置密码" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("密码已重置。");
        await page.TakeAsync("13-password-reset");

        await page.GotoAsync("/account/login");
        await SignInAsync(page, email, oldPassword);
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("电子邮箱或密码不正确。");
        await SignInAsync(page, email, newPassword);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("^(?!.*/account/)"));
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "我的申请" })).ToBeVisibleAsync();
    }

    private static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GetByLabel("电子邮箱").FillAsync(email);
        await page.GetByLabel("密码").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
    }

    private string LinkMailedTo(string email, string subject)
    {
        var mail = Directory.GetFiles(Path.Combine(app.Folder, "mail"), "*.eml")
            .Select(path => MimeMessage.Load(path))
            .Single(m => m.To.Mailboxes.Any(a => a.Address == email) && m.Subject == subject);
        var link = WebUtilityDecode(Href().Match(mail.HtmlBody ?? "").Groups[1].Value);
        Assert.StartsWith(BrowserAppFactory.PublicBaseUrl, link, StringComparison.Ordinal);
        return new Uri(link).PathAndQuery;
    }

    private static string WebUtilityDecode(string value) => System.Net.WebUtility.HtmlDecode(value);

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex Href();
}
