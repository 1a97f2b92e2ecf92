using Approvals.Text;

namespace Approvals.Core.Applications;

/// <summary>What a case that ends a registration (注销, 撤销) carries beside the form.</summary>
public sealed partial class Application
{
    public const int ReasonMaxLength = 1000;
    public const int StatementMaxLength = 4000;

    private string? _statement;
    private DateTimeOffset? _statementAt;

    /// <summary>Why the registration should end: the holder's reason, or the facts the bureau found.</summary>
    public string? Reason { get; set; }

    /// <summary>The ground of a cancellation; a revocation has none.</summary>
    public CancellationGround? Ground { get; set; }

    /// <summary>The regulator who started the case for the bureau; null when the holder filed it.</summary>
    public string? StartedByUserId { get; set; }

    /// <summary>The holder's statement against an intended revocation (陈述申辩), once made.</summary>
    public string? Statement { get => _statement; init => _statement = value; }

    public DateTimeOffset? StatementAt { get => _statementAt; init => _statementAt = value; }

    /// <summary>Whether the bureau started the case rather than the holder.</summary>
    public bool IsStartedByBureau => StartedByUserId is not null;

    /// <summary>Whether the case ends a registration when approved.</summary>
    public bool EndsRegistration => Type.EndsRegistration();

    /// <summary>The holder states their case while the procedure waits for it; once only.</summary>
    /// <exception cref="ConflictRefusal">the case is not waiting for a statement, or one was made already.</exception>
    public void RecordStatement(string statement, DateTimeOffset at, string actor)
    {
        if (Status != ApplicationStatus.AwaitingStatement || _statement is not null)
            throw new ConflictRefusal(Texts.Text(Texts.Application_NotWaitingForStatement, Status.DisplayName().ZhCn, Status));
        _statement = statement;
        _statementAt = at;
        RecordNotice(TimelineNotice.StatementSubmitted, statement, at, actor);
    }
}
