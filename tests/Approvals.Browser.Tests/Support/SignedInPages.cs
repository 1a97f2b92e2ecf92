using Approvals.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Approvals.Browser.Tests.Support;

public static class SignedInPages
{
    /// <summary>
    /// A fresh browser context signed in as a seeded account (password from appsettings.Development.json), by
    /// default 1280×900; <paramref name="options"/> may set another screen or downloads.
    /// </summary>
    public static async Task<IPage> SignInAsync(this IBrowser browser, BrowserAppFactory app, string email, BrowserNewContextOptions? options = null)
    {
        options ??= new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } };
        options.BaseURL = app.RootUri.ToString();
        var context = await browser.NewAppContextAsync(options);
        var page = await context.NewPageAsync();
        await page.SignInAsync(email, app.Services.GetRequiredService<IConfiguration>()["DevelopmentAccounts:Password"]!);
        return page;
    }

    /// <summary>Signs in on the login page and waits for a signed-in page; says why when none comes.</summary>
    public static async Task SignInAsync(this IPage page, string email, string password)
    {
        // Filled before blazor.web.js has settled, the static form can be re-rendered empty, and the browser then
        // refuses to submit its required fields without a word: wait for the page to settle, and check the values.
        await page.GotoAsync("/account/login", new() { WaitUntil = WaitUntilState.NetworkIdle });
        var emailBox = page.GetByLabel("电子邮箱");
        var passwordBox = page.GetByLabel("密码");
        await emailBox.FillAsync(email);
        await passwordBox.FillAsync(password);
        await Assertions.Expect(emailBox).ToHaveValueAsync(email);
        await Assertions.Expect(passwordBox).ToHaveValueAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        try
        {
            // Signed in is when the layout offers to sign out: on a loaded machine the page can show the home page
            // while its load event (which a wait for the URL waits on too) is still pending.
            await page.Locator("form[action='account/logout']").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 60_000 });
        }
        catch (TimeoutException)
        {
            await page.TakeAsync("sign-in-stayed-on-login");
            throw new InvalidOperationException($"Signing in as {email} did not reach a signed-in page; the page at {page.Url} says: {await page.Locator("body").InnerTextAsync()}");
        }
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
        var item = page.Locator(".mud-popover-open .mud-list-item", new() { HasText = option }).First;
        await item.ClickAsync();
        // The list closes once the circuit has taken the choice, and the select then takes the focus back: a field
        // typed into before that loses its text to the select (seen under load as a missing certificate number).
        await item.WaitForAsync(new() { State = WaitForSelectorState.Hidden });
    }

    /// <summary>A one-page PDF named and reading <paramref name="name"/>, as a person would choose it in the file picker.</summary>
    public static FilePayload Pdf(string name) =>
        new() { Name = name + ".pdf", MimeType = "application/pdf", Buffer = SampleDocuments.Pdf(name) };

    /// <summary>
    /// Chooses a file in a Blazor file input once the circuit listens to it: a file chosen before Blazor's InputFile
    /// has set itself up (it marks the input with _blazorInputFileNextFileId, a moment after the step appears on a loaded
    /// machine) is never heard of.
    /// </summary>
    public static async Task ChooseFileAsync(this IPage page, string inputSelector, FilePayload file) =>
        await (await ListeningFileInputAsync(page, inputSelector)).SetInputFilesAsync(file);

    /// <inheritdoc cref="ChooseFileAsync(IPage, string, FilePayload)"/>
    public static async Task ChooseFileAsync(this IPage page, string inputSelector, string path) =>
        await (await ListeningFileInputAsync(page, inputSelector)).SetInputFilesAsync(path);

    private static async Task<ILocator> ListeningFileInputAsync(IPage page, string inputSelector)
    {
        var input = page.Locator(inputSelector);
        await input.WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.WaitForFunctionAsync("selector => document.querySelector(selector)?._blazorInputFileNextFileId !== undefined", inputSelector);
        return input;
    }
}
