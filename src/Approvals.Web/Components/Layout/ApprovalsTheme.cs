using MudBlazor;

namespace Approvals.Web.Components.Layout;

/// <summary>
/// One look for every layout: the zone's blue, fonts that have the Chinese glyphs, and status colours dark enough
/// that text in them, or white text on them, keeps WCAG AA contrast (MudBlazor's defaults do not).
/// </summary>
public static class ApprovalsTheme
{
    public static MudTheme Value { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f5fa8",
            AppbarBackground = "#1f5fa8",
            Secondary = "#00695c",
            Info = "#0b5cad",
            Success = "#1b7a36",
            Warning = "#9a4d00",
            Error = "#c62828",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Roboto", "sans-serif"] },
        },
    };
}
