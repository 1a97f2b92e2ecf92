using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Approvals.Browser.Tests.Support;

public static class SignedInPages
{
    /// <summary>A fresh browser context signed in as a seeded account (password from appsettings.Development.json).</summary>
    public static async Task<IPage> SignInAsync(this IBrowser browser, BrowserAppFactory app, string email)
    {
        var password = app.Services.GetRequiredService<IConfiguration>()["DevelopmentAccounts:Password"]!;
        var context = await browser.NewAppContextAsync(new BrowserNewContextOptions { BaseURL = app.RootUri.ToString(), ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.GetByLabel("电子邮箱").FillAsync(email);
        await page.GetByLabel("密码").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        return page;
    }

    /// <summary>Loads a page and waits until it runs in its circuit, so clicks reach the components.</summary>
    public static async Task GoToInteractiveAsync(this IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.Locator("[data-interactive=true]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
    }

    /// <summary>Opens a MudSelect by its input id and picks the option with this text.</summary>
    public static async Task SelectAsync(this IPage page, string inputId, string option)
    {
        await page.Locator($"#{inputId}").Locator("xpath=ancestor::div[contains(@class,'mud-select')][1]").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = option }).First.ClickAsync();
    }
}
