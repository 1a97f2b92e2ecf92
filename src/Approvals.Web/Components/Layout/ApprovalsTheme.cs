using MudBlazor;

namespace Approvals.Web.Components.Layout;

/// <summary>One look for every layout: the zone's blue, fonts that have the Chinese glyphs.</summary>
public static class ApprovalsTheme
{
    public static MudTheme Value { get; } = new()
    {
        PaletteLight = new PaletteLight { Primary = "#1f5fa8", AppbarBackground = "#1f5fa8" },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Roboto", "sans-serif"] },
        },
    };
}
