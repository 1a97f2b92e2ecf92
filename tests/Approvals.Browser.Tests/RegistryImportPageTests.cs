using System.Text;
using Approvals.Browser.Tests.Support;
using Approvals.Core.Checks;
using Approvals.Core.Registry.Import;
using Microsoft.Playwright;

namespace Approvals.Browser.Tests;

/// <summary>The administrator imports existing registrations: a refused file shows its report, a good one its preview, and confirming writes it.</summary>
public sealed class RegistryImportPageTests(BrowserAppFactory app, Chromium chromium) : IClassFixture<BrowserAppFactory>, IClassFixture<Chromium>
{
    [Fact]
    public async Task An_administrator_sees_the_refused_rows_then_previews_and_confirms_a_good_file()
    {
        var idNumber = "32050919800202" + "031";
        idNumber += ResidentIdNumber.ExpectedCheckCharacter(idNumber);
        var creditCode = "91320509MA1BRWT00";
        creditCode += UnifiedSocialCreditCode.ExpectedCheckCharacter(creditCode);
        string Row(string validTo) => $"CSJ-R2-320509-2021-654321,二级,卫兰,{idNumber},吴江浏览器测试有限公司,{creditCode},320509,长度计量,2021年5月1日,{validTo}";
        var admin = await chromium.Browser.SignInAsync(app, "admin@approvals.local");
        await admin.GoToInteractiveAsync("/admin/registry-import");

        await admin.ChooseFileAsync("#import-file", Csv("refused.csv", Row("2020-01-01")));
        await Assertions.Expect(admin.Locator("[data-testid=import-report]")).ToContainTextAsync("有效期至");
        await Assertions.Expect(admin.Locator("[data-testid=import-report]")).ToContainTextAsync("不晚于有效期起");
        await Assertions.Expect(admin.Locator("[data-testid=import-confirm]")).ToHaveCountAsync(0);

        await admin.ChooseFileAsync("#import-file", Csv("wujiang.csv", Row("2026/4/30")));
        await Assertions.Expect(admin.Locator("[data-testid=import-preview]")).ToContainTextAsync("CSJ-R2-320509-2021-654321");
        await admin.TakeAsync("70-registry-import-preview");
        await admin.Locator("[data-testid=import-confirm]").ClickAsync();

        await Assertions.Expect(admin.Locator("[data-testid=import-done]")).ToContainTextAsync("已导入 1 行");
        await Assertions.Expect(admin.Locator("[data-testid=import-history]")).ToContainTextAsync("wujiang.csv");
    }

    private static FilePayload Csv(string name, string row) => new()
    {
        Name = name,
        MimeType = "text/csv",
        Buffer = Encoding.UTF8.GetBytes(string.Join(',', RegistryImportColumns.Registrations.Select(c => c.Header)) + "\r\n" + row + "\r\n"),
    };
}
