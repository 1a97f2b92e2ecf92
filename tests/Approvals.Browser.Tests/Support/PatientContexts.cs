using Microsoft.Playwright;

namespace Approvals.Browser.Tests.Support;

public static class PatientContexts
{
    /// <summary>
    /// A browser context with generous time limits: CI runs the test assemblies side by side on two cores,
    /// and the first page of a cold host can take longer than Playwright's 30 s default.
    /// </summary>
    public static async Task<IBrowserContext> NewAppContextAsync(this IBrowser browser, BrowserNewContextOptions options)
    {
        var context = await browser.NewContextAsync(options);
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        return context;
    }
}
