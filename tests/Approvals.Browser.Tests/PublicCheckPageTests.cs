using System.Globalization;
using Approvals.Browser.Tests.Support;
using Approvals.Core.Registry;
using Approvals.Infrastructure.Metrology.Registry;
using Approvals.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Approvals.Browser.Tests;

/// <summary>The public check (查验) as anyone sees it, on a desktop and on a phone, in Chinese and English.</summary>
public sealed class PublicCheckPageTests(BrowserAppFactory app, Chromium chromium) : IClassFixture<BrowserAppFactory>, IClassFixture<Chromium>
{
    [Fact]
    public async Task A_number_and_name_that_match_show_validity_status_level_district_and_expiry_and_nothing_else()
    {
        var (_, name, idNumber, _, employer) = DevelopmentRegistrySeed.People[3];
        var (number, validTo) = await RegistrationOfAsync(idNumber);
        var page = await AnonymousPageAsync(1280, 900);

        await page.GotoAsync($"/check?number={number}");
        await Assertions.Expect(page.GetByLabel("注册编号或证书编号")).ToHaveValueAsync(number);
        await Assertions.Expect(page.Locator("[data-testid=check-not-found]")).ToHaveCountAsync(0);
        await page.GetByLabel("持证人姓名").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "查验" }).ClickAsync();

        var result = page.Locator("[data-testid=check-result]");
        await Assertions.Expect(page.Locator("[data-testid=check-validity]")).ToHaveTextAsync("有效");
        await Assertions.Expect(page.Locator("[data-testid=check-status]")).ToHaveTextAsync("有效");
        await Assertions.Expect(page.Locator("[data-testid=check-level]")).ToHaveTextAsync("一级注册计量师");
        await Assertions.Expect(page.Locator("[data-testid=check-district]")).ToHaveTextAsync("吴江区");
        await Assertions.Expect(page.Locator("[data-testid=check-valid-to]")).ToHaveTextAsync(Approvals.Text.ReadableDates.Date(validTo).ZhCn);
        await Assertions.Expect(result).Not.ToContainTextAsync(idNumber);
        await Assertions.Expect(result).Not.ToContainTextAsync(employer);
        await Assertions.Expect(result).Not.ToContainTextAsync("长度计量");
        await page.AssertNoSeriousViolationsAsync("the public check with a result");
        await page.TakeAsync("80-public-check-found-zh");

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=check-status]")).ToHaveTextAsync("Active");
        await Assertions.Expect(page.Locator("[data-testid=check-level]")).ToContainTextAsync("Level 1");
        await Assertions.Expect(page.Locator("[data-testid=check-district]")).ToHaveTextAsync("Wujiang District");
        await page.TakeAsync("81-public-check-found-en");
    }

    [Fact]
    public async Task A_wrong_name_and_a_wrong_number_get_the_same_answer()
    {
        var (_, name, idNumber, _, _) = DevelopmentRegistrySeed.People[5];
        var (number, _) = await RegistrationOfAsync(idNumber);
        var page = await AnonymousPageAsync(1280, 900);

        await page.GotoAsync($"/check?number={number}&name={Uri.EscapeDataString("冒名顶替")}");
        var wrongName = await page.Locator("[data-testid=check-not-found]").InnerTextAsync();
        await page.GotoAsync($"/check?number={number[..^1]}9&name={Uri.EscapeDataString(name)}");
        var wrongNumber = await page.Locator("[data-testid=check-not-found]").InnerTextAsync();

        Assert.Equal(wrongName, wrongNumber);
        Assert.Contains("未查到", wrongName);
        await Assertions.Expect(page.Locator("[data-testid=check-result]")).ToHaveCountAsync(0);
        await page.TakeAsync("82-public-check-not-found-zh");
    }

    [Theory]
    [InlineData(RegistrationStatus.Cancelled, "已注销", "Cancelled")]
    [InlineData(RegistrationStatus.Revoked, "已撤销", "Revoked")]
    public async Task A_cancelled_or_revoked_registration_reads_as_not_valid_with_its_status_in_both_languages(RegistrationStatus status, string chinese, string english)
    {
        var (_, name, idNumber, _, _) = DevelopmentRegistrySeed.People[status == RegistrationStatus.Cancelled ? 2 : 4];
        var (number, _) = await RegistrationOfAsync(idNumber);
        await DatabaseAsync(db => db.Registrations.Where(r => r.Number == number).ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, status)));
        var page = await AnonymousPageAsync(390, 844);

        await page.GotoAsync($"/check?number={number}&name={Uri.EscapeDataString(name)}");
        await Assertions.Expect(page.Locator("[data-testid=check-status]")).ToHaveTextAsync(chinese);
        await Assertions.Expect(page.Locator("[data-testid=check-result]")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("mud-alert-.*error"));
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow, "the page is wider than a phone's screen");
        await page.TakeAsync($"83-public-check-{status.ToString().ToLowerInvariant()}-phone-zh");
        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=check-status]")).ToHaveTextAsync(english);
        await page.TakeAsync($"84-public-check-{status.ToString().ToLowerInvariant()}-phone-en");
        await DatabaseAsync(db => db.Registrations.Where(r => r.Number == number).ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, RegistrationStatus.Active)));
    }

    private async Task<IPage> AnonymousPageAsync(int width, int height)
    {
        var context = await chromium.Browser.NewAppContextAsync(new BrowserNewContextOptions { BaseURL = app.RootUri.ToString(), ViewportSize = new ViewportSize { Width = width, Height = height } });
        return await context.NewPageAsync();
    }

    private Task<(string Number, DateOnly ValidTo)> RegistrationOfAsync(string idNumber) => DatabaseAsync(async db =>
    {
        var registration = await db.Registrations.Where(r => r.Person!.IdNumber == idNumber).Select(r => new { r.Number, r.ValidTo }).SingleAsync();
        return (registration.Number, registration.ValidTo);
    });

    private async Task<T> DatabaseAsync<T>(Func<ApprovalsDbContext, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ApprovalsDbContext>());
    }
}
