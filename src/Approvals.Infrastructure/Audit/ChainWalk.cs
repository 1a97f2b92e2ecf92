using Approvals.UseCases.Audit;
namespace Approvals.Infrastructure.Audit;

/// <summary>An entry as stored (its place, the previous hash and the hash it carries) and the hash its content has now.</summary>
internal readonly record struct ChainedEntry(string Kind, string Id, long Sequence, DateTimeOffset? At, string? Previous, string? Hash, string Recomputed);

/// <summary>
/// Walks one chain in order of place and stops at the first entry that does not match; then checks the chain's
/// stored end against the last entry, so entries cut off the end are found too.
/// </summary>
internal sealed class ChainWalk(string chain)
{
    private long _expected = 1;
    private string _previous = AuditChains.Genesis;
    private ChainedEntry? _last;

    public long Verified { get; private set; }

    public AuditMismatch? Mismatch { get; private set; }

    /// <summary>False once a mismatch is found: the rest of the chain cannot be vouched for.</summary>
    public bool Step(in ChainedEntry entry)
    {
        if (Mismatch is not null)
            return false;
        Mismatch = entry.Sequence > _expected ? At(AuditProblem.Missing, _expected, entry)
            : entry.Sequence < _expected ? At(AuditProblem.Reordered, entry.Sequence, entry)
            : entry.Hash != entry.Recomputed ? At(AuditProblem.ContentChanged, entry.Sequence, entry)
            : entry.Previous != _previous ? At(AuditProblem.LinkBroken, entry.Sequence, entry)
            : null;
        if (Mismatch is not null)
            return false;
        _previous = entry.Recomputed;
        _last = entry;
        _expected++;
        Verified++;
        return true;
    }

    /// <summary>The report, after the stored end (<paramref name="length"/>, <paramref name="head"/>) is compared with the last entry.</summary>
    public AuditChainReport Finish(long length, string? head, long unchained, AuditMismatch? later = null)
    {
        if (Mismatch is null && length > Verified)
            Mismatch = new AuditMismatch(AuditProblem.Missing, Verified + 1, null, null, null);
        else if (Mismatch is null && (length < Verified || (head ?? AuditChains.Genesis) != _previous))
            Mismatch = _last is { } last ? At(AuditProblem.LinkBroken, last.Sequence, last) : new AuditMismatch(AuditProblem.LinkBroken, 0, null, null, null);
        return new AuditChainReport(chain, Verified, unchained, Mismatch ?? later);
    }

    private static AuditMismatch At(AuditProblem problem, long sequence, in ChainedEntry entry) =>
        new(problem, sequence, entry.Kind, entry.Id, entry.At);
}
