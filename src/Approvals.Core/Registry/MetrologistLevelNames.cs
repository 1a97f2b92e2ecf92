using Approvals.Text;

namespace Approvals.Core.Registry;

public static class MetrologistLevelNames
{
    public static LocalizedText DisplayName(this MetrologistLevel level) => level switch
    {
        MetrologistLevel.Level1 => Texts.Text(Texts.MetrologistLevelNames_LevelRegisteredMetrologist),
        MetrologistLevel.Level2 => Texts.Text(Texts.MetrologistLevelNames_LevelRegisteredMetrologist2),
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown level."),
    };
}
