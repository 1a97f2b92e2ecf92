using Approvals.Text;

namespace Approvals.Core.Registry;

public static class MetrologistLevelNames
{
    public static LocalizedText DisplayName(this MetrologistLevel level) => level switch
    {
        MetrologistLevel.Level1 => new("一级注册计量师", "Level 1 registered metrologist"),
        MetrologistLevel.Level2 => new("二级注册计量师", "Level 2 registered metrologist"),
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown level."),
    };
}
