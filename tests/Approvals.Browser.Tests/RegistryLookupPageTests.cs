using Approvals.Browser.Tests.Support;
using Approvals.Infrastructure.Metrology.Registry;
using Approvals.Infrastructure.Persistence;
using Approvals.UseCases.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Approvals.Browser.Tests;

/// <summary>The bureau's view of a person or enterprise in the shared registry (§5), as a regulator uses it.</summary>
public sealed class RegistryLookupPageTests(BrowserAppFactory app, Chromium chromium) : IClassFixture<BrowserAppFactory>, IClassFixture<Chromium>
{
    [Fact]
    public async Task A_regulator_finds_a_person_and_an_enterprise_from_the_navigation_and_reads_their_files_and_each_read_is_logged()
    {
        var (_, name, idNumber, creditCode, employer) = DevelopmentRegistrySeed.People[1];
        var page = await chromium.Browser.SignInAsync(app, "regulator.qingpu@approvals.local");

        await Assertions.Expect(page.GetByTestId("nav-registry")).ToHaveAttributeAsync("href", "registry");
        await page.GoToInteractiveAsync("/registry");
        await page.TakeAsync("87-registry-search");
        await page.GetByLabel("姓名、身份证号码、编号、信用代码或单位名称").FillAsync("张");
        await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("registry-refused")).ToContainTextAsync("请输入 2 至 64 个字符");
        await page.TakeAsync("87-registry-query-too-short-refused");

        await page.GetByLabel("姓名、身份证号码、编号、信用代码或单位名称").FillAsync(idNumber);
        await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await page.GetByTestId("registry-people").GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("person-name")).ToHaveTextAsync(name);
        await Assertions.Expect(page.GetByTestId("person-id-number")).ToContainTextAsync(idNumber);
        var records = page.GetByTestId("registry-records");
        await Assertions.Expect(records).ToContainTextAsync("CSJ-R1-310118");
        await Assertions.Expect(records.GetByTestId("record-status").First).ToHaveTextAsync("有效");
        await Assertions.Expect(page.GetByTestId("registry-qualifications")).ToContainTextAsync("ZG-310118-0002");
        await Assertions.Expect(page.GetByTestId("registry-cases")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("registry-history")).ToBeVisibleAsync();
        await page.AssertNoSeriousViolationsAsync("a person's registry file");
        await page.TakeAsync("88-registry-person-file-zh");

        await page.GoToInteractiveAsync("/registry");
        await page.GetByLabel("姓名、身份证号码、编号、信用代码或单位名称").FillAsync(creditCode);
        await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await page.GetByTestId("registry-enterprises").GetByRole(AriaRole.Link, new() { Name = employer }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("enterprise-name")).ToHaveTextAsync(employer);
        await Assertions.Expect(page.GetByTestId("registry-records")).ToContainTextAsync(name);
        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Registrations, recognitions and certificates")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("registry-records").GetByTestId("record-status").First).ToHaveTextAsync("Active");
        await page.TakeAsync("89-registry-enterprise-file-en");

        await using var scope = app.Services.CreateAsyncScope();
        var logged = await scope.ServiceProvider.GetRequiredService<ApprovalsDbContext>().RegistryReadLog.AsNoTracking()
            .Where(r => r.Purpose == RegistryLookup.LookupPurpose && r.ReaderDistrictCode == "310118").Select(r => r.RecordNumber).ToListAsync();
        Assert.Contains(idNumber, logged);
        Assert.Contains(creditCode, logged);
    }
}
