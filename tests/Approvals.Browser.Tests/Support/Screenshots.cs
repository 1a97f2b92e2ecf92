using Microsoft.Playwright;

namespace Approvals.Browser.Tests.Support;

/// <summary>Keeps what the user saw at each step under the test output's <c>screenshots/</c>.</summary>
public static class Screenshots
{
    public static string Folder { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    public static Task TakeAsync(this IPage page, string name) =>
        // Animations are finished first, so an opening list or dialog is shown as the user ends up seeing it.
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, name + ".png"), FullPage = true, Animations = ScreenshotAnimations.Disabled });
}
