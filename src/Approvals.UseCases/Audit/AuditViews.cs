namespace Approvals.UseCases.Audit;

/// <summary>How an entry fails to match its chain.</summary>
public enum AuditProblem
{
    /// <summary>The entry's content no longer hashes to the hash it carries (a field was edited).</summary>
    ContentChanged,

    /// <summary>The entry does not carry the hash of the entry before it, or the chain's end does not point at it.</summary>
    LinkBroken,

    /// <summary>An entry the chain counts is not there (deleted), or a record a write names is gone.</summary>
    Missing,

    /// <summary>Two entries claim one place, or an entry stands before its place.</summary>
    Reordered,
}

/// <summary>
/// The first entry that does not match: its kind (journal, decision, registry-write, Registration, Recognition,
/// registry-read), its id (a row id, task id or record number; null when the entry itself is gone), its place in
/// the chain and its time.
/// </summary>
public sealed record AuditMismatch(AuditProblem Problem, long Sequence, string? EntryKind, string? EntryId, DateTimeOffset? At);

/// <summary>
/// One chain's verification: how many entries matched, how many rows were written before the chain began (not
/// covered, so not vouched for), and the first mismatch, if any.
/// </summary>
public sealed record AuditChainReport(string Chain, long Verified, long Unchained, AuditMismatch? FirstMismatch)
{
    public bool Intact => FirstMismatch is null;
}

/// <summary>A page of verifications; <paramref name="NextAfter"/> continues with the next instances.</summary>
public sealed record AuditVerificationPage(IReadOnlyList<AuditChainReport> Chains, string? NextAfter);
