using Approvals.UseCases.Audit;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Audit;

/// <summary>
/// Appends a step's journal lines and decisions to its instance's chain. The instance row holds the chain's end
/// and is saved under its revision guard in the same transaction, so two steps cannot both extend one end.
/// </summary>
public static class InstanceAuditChain
{
    public static void Append(WorkflowInstanceRecord instance, JournalRecord line) =>
        (line.ChainSequence, line.ChainPrevious, line.ChainHash) = Link(instance, (sequence, previous) => AuditCanonicalForm.Journal(line, sequence, previous));

    /// <summary>Appends a completed task: who decided, the outcome, the reason and the time.</summary>
    public static void Append(WorkflowInstanceRecord instance, HumanTaskRecord decided) =>
        (decided.ChainSequence, decided.ChainPrevious, decided.ChainHash) = Link(instance, (sequence, previous) => AuditCanonicalForm.Decision(decided, sequence, previous));

    private static (int Sequence, string Previous, string Hash) Link(WorkflowInstanceRecord instance, Func<int, string, string> hashAt)
    {
        var sequence = instance.ChainLength + 1;
        var previous = instance.ChainHead ?? AuditChains.Genesis;
        var hash = hashAt(sequence, previous);
        (instance.ChainLength, instance.ChainHead) = (sequence, hash);
        return (sequence, previous, hash);
    }
}
