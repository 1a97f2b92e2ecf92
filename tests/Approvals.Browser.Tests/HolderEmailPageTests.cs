using Approvals.Browser.Tests.Support;
using Approvals.Core.Registry;
using Approvals.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Approvals.Browser.Tests;

/// <summary>
/// A holder carried over from an older register has no e-mail, so a revocation or bureau cancellation cannot reach
/// them: a regulator records it on the person page, a wrong address is refused beside the field.
/// </summary>
public sealed class HolderEmailPageTests(BrowserAppFactory app, Chromium chromium) : IClassFixture<BrowserAppFactory>, IClassFixture<Chromium>
{
    [Fact]
    public async Task A_regulator_records_the_e_mail_of_a_holder_the_registry_has_none_for_and_a_wrong_address_is_refused_beside_the_field()
    {
        var personId = await ImportedHolderAsync("沈清", "310118199203041236");
        var page = await chromium.Browser.SignInAsync(app, "regulator.qingpu@approvals.local");

        await page.GoToInteractiveAsync($"/registry/people/{personId}");
        await Assertions.Expect(page.GetByTestId("holder-email-value")).ToContainTextAsync("未登记");
        await page.GetByTestId("holder-email-edit").ClickAsync();
        await page.Locator("#holder-email-input").FillAsync("shen.qing@");
        await page.GetByTestId("holder-email-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("holder-email")).ToContainTextAsync("请填写一个有效的电子邮箱地址");
        await page.TakeAsync("86-registry-holder-email-refused");

        await page.Locator("#holder-email-input").FillAsync("shen.qing@example.cn");
        await page.GetByTestId("holder-email-save").ClickAsync();

        await Assertions.Expect(page.GetByTestId("holder-email-value")).ToContainTextAsync("shen.qing@example.cn");
        await Assertions.Expect(page.GetByTestId("holder-email-edit")).ToHaveTextAsync("更正邮箱");
        await page.TakeAsync("86-registry-holder-email-recorded");
        await using var scope = app.Services.CreateAsyncScope();
        Assert.Equal("shen.qing@example.cn", await scope.ServiceProvider.GetRequiredService<ApprovalsDbContext>().Persons.AsNoTracking()
            .Where(p => p.Id == personId).Select(p => p.Email).SingleAsync());
    }

    private async Task<string> ImportedHolderAsync(string name, string idNumber)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApprovalsDbContext>();
        var person = new Person { Id = "holder-" + Guid.NewGuid().ToString("N")[..12], Name = name, IdNumber = idNumber };
        db.Persons.Add(person);
        await db.SaveChangesAsync();
        return person.Id;
    }
}
