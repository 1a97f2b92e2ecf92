namespace Approvals.Infrastructure.Outbox;

/// <summary>Implemented by a handler's exception that may have been thrown after the work reached its destination (a mail the server may have accepted).</summary>
public interface IUncertainOutcome
{
    bool OutcomeUnknown { get; }
}
