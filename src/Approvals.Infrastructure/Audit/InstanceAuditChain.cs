using Approvals.Infrastructure.Persistence.Entities;

namespace Approvals.Infrastructure.Audit;

/// <summary>
/// Appends a step's journal lines and decisions to its instance's chain. The instance row holds the chain's end
/// and is saved under its revision guard in the same transaction, so two steps cannot both extend one end.
/// </summary>
public static class InstanceAuditChain
{
    public static void Append(WorkflowInstanceRecord instance, JournalRecord line)
    {
        var (sequence, previous) = Next(instance);
        line.ChainSequence = sequence;
        line.ChainPrevious = previous;
        line.ChainHash = AuditCanonicalForm.Journal(line, sequence, previous);
        Advance(instance, line.ChainHash);
    }

    /// <summary>Appends a completed task: who decided, the outcome, the reason and the time.</summary>
    public static void Append(WorkflowInstanceRecord instance, HumanTaskRecord decided)
    {
        var (sequence, previous) = Next(instance);
        decided.ChainSequence = sequence;
        decided.ChainPrevious = previous;
        decided.ChainHash = AuditCanonicalForm.Decision(decided, sequence, previous);
        Advance(instance, decided.ChainHash);
    }

    private static (int Sequence, string Previous) Next(WorkflowInstanceRecord instance) =>
        (instance.ChainLength + 1, instance.ChainHead ?? AuditChains.Genesis);

    private static void Advance(WorkflowInstanceRecord instance, string hash)
    {
        instance.ChainLength++;
        instance.ChainHead = hash;
    }
}
