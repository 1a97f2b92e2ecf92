using Approvals.Browser.Tests.Support;
using Approvals.Infrastructure.Metrology.Registry;
using Approvals.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Approvals.Browser.Tests;

/// <summary>A host whose public check allows two checks per address and window.</summary>
public sealed class TwoChecksBrowserAppFactory : BrowserAppFactory
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string> { ["RegistryCheck:PermitLimit"] = "2", ["RegistryCheck:Window"] = "00:10:00" };
}

public sealed class PublicCheckRateLimitTests(TwoChecksBrowserAppFactory app, Chromium chromium) : IClassFixture<TwoChecksBrowserAppFactory>, IClassFixture<Chromium>
{
    [Fact]
    public async Task After_the_limit_the_page_refuses_to_check_and_says_when_to_try_again_in_chinese_and_in_english()
    {
        var (_, name, idNumber, _, _) = DevelopmentRegistrySeed.People[0];
        string number;
        await using (var scope = app.Services.CreateAsyncScope())
            number = await scope.ServiceProvider.GetRequiredService<ApprovalsDbContext>().Registrations.Where(r => r.Person!.IdNumber == idNumber).Select(r => r.Number).SingleAsync();
        var context = await chromium.Browser.NewAppContextAsync(new BrowserNewContextOptions { BaseURL = app.RootUri.ToString(), ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        var check = $"/check?number={number}&name={Uri.EscapeDataString(name)}";

        await page.GotoAsync(check);
        await Assertions.Expect(page.Locator("[data-testid=check-result]")).ToBeVisibleAsync();
        await page.GotoAsync(check);
        await Assertions.Expect(page.Locator("[data-testid=check-result]")).ToBeVisibleAsync();
        var refused = await page.GotoAsync(check);

        Assert.Equal(429, refused!.Status);
        await Assertions.Expect(page.Locator("[data-testid=check-rate-limited]")).ToContainTextAsync("查验过于频繁，请");
        await Assertions.Expect(page.Locator("[data-testid=check-result]")).ToHaveCountAsync(0);
        await page.TakeAsync("85-public-check-rate-limited-phone-zh");
        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=check-rate-limited]")).ToContainTextAsync("Too many checks from your address; try again in");
        await page.TakeAsync("86-public-check-rate-limited-phone-en");
    }
}
