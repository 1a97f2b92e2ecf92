namespace Approvals.Infrastructure.Workflows;

/// <summary>Bookmark kinds the host turns into rows or jobs; the engine's activities name them.</summary>
public static class BookmarkKinds
{
    public const string HumanTask = "HumanTask";
    public const string Timer = "Timer";
}
