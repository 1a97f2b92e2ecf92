using System.Globalization;
using Approvals.Core.Registry;
using Approvals.Infrastructure.Persistence;
using Approvals.Infrastructure.Workflows;
using Microsoft.EntityFrameworkCore;
using Approvals.Text;
using Approvals.UseCases.Audit;
using Approvals.UseCases.Instances;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Audit;

/// <summary>
/// Recomputes the audit chains from the stored rows and names the first entry that does not match. Rows written
/// before the chains began (null place) are counted as unchained: the chains start from a genesis marker, they do
/// not vouch for history they never saw.
/// </summary>
public sealed class AuditChainVerifier(ApprovalsDbContext db) : IAuditChainVerifier
{
    public const int MaxInstancesPerPage = 200;

    /// <exception cref="NotFoundRefusal">no such instance.</exception>
    public async Task<AuditChainReport> VerifyInstanceAsync(string instanceId, CancellationToken cancellationToken)
    {
        var end = await db.WorkflowInstances.AsNoTracking().Where(i => i.Id == instanceId)
            .Select(i => new { i.ChainLength, i.ChainHead }).FirstOrDefaultAsync(cancellationToken)
            ?? throw WorkflowRefusals.NoInstance(instanceId);
        var lines = await db.Journal.AsNoTracking().Where(j => j.InstanceId == instanceId).ToListAsync(cancellationToken);
        var decisions = await db.HumanTasks.AsNoTracking().Where(t => t.InstanceId == instanceId && t.ChainSequence != null).ToListAsync(cancellationToken);
        var entries = lines.Where(l => l.ChainSequence is not null)
            .Select(l => new ChainedEntry("journal", l.Id.ToString(CultureInfo.InvariantCulture), l.ChainSequence!.Value, l.Timestamp, l.ChainPrevious, l.ChainHash,
                AuditCanonicalForm.Journal(l, l.ChainSequence.Value, l.ChainPrevious ?? "")))
            .Concat(decisions.Select(t => new ChainedEntry("decision", t.Id, t.ChainSequence!.Value, t.CompletedAt, t.ChainPrevious, t.ChainHash,
                AuditCanonicalForm.Decision(t, t.ChainSequence.Value, t.ChainPrevious ?? ""))))
            .OrderBy(e => e.Sequence);
        var walk = new ChainWalk(AuditChains.InstancePrefix + instanceId);
        foreach (var entry in entries)
        {
            if (!walk.Step(entry))
                break;
        }
        return walk.Finish(end.ChainLength, end.ChainHead, lines.Count(l => l.ChainSequence is null));
    }

    public async Task<AuditChainReport> VerifyRegistryReadsAsync(CancellationToken cancellationToken)
    {
        var walk = new ChainWalk(AuditChains.RegistryReads);
        var reads = db.RegistryReadLog.AsNoTracking()
            .Where(r => EF.Property<long?>(r, RegistryReadChain.Sequence) != null)
            .OrderBy(r => EF.Property<long?>(r, RegistryReadChain.Sequence))
            .Select(r => new { Read = r, Sequence = EF.Property<long?>(r, RegistryReadChain.Sequence)!.Value, Previous = EF.Property<string?>(r, RegistryReadChain.Previous), Hash = EF.Property<string?>(r, RegistryReadChain.Hash) })
            .AsAsyncEnumerable();
        await foreach (var r in reads.WithCancellation(cancellationToken))
        {
            if (!walk.Step(new ChainedEntry("registry-read", r.Read.Id.ToString(CultureInfo.InvariantCulture), r.Sequence, r.Read.ReadAt, r.Previous, r.Hash,
                    AuditCanonicalForm.RegistryRead(r.Read, r.Sequence, r.Previous ?? ""))))
                break;
        }
        var end = await HeadAsync(AuditChains.RegistryReads, cancellationToken);
        var unchained = await db.RegistryReadLog.LongCountAsync(r => EF.Property<long?>(r, RegistryReadChain.Sequence) == null, cancellationToken);
        return walk.Finish(end.Length, end.Head, unchained);
    }

    /// <summary>The writes chain, then every registration, recognition, project certificate and chained person against the content its last write recorded.</summary>
    public async Task<AuditChainReport> VerifyRegistryWritesAsync(CancellationToken cancellationToken)
    {
        var walk = new ChainWalk(AuditChains.RegistryWrites);
        var lastWrites = new Dictionary<string, RegistryWriteRecord>(StringComparer.Ordinal);
        await foreach (var w in db.RegistryWrites.AsNoTracking().OrderBy(w => w.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (!walk.Step(new ChainedEntry("registry-write", w.Id.ToString(CultureInfo.InvariantCulture), w.Sequence, w.WrittenAt, w.Previous, w.Hash,
                    AuditCanonicalForm.RegistryWrite(w, w.Sequence, w.Previous))))
                break;
            lastWrites[w.RecordKind + "/" + w.RecordId] = w;
        }
        var end = await HeadAsync(AuditChains.RegistryWrites, cancellationToken);
        if (walk.Mismatch is not null)
            return walk.Finish(end.Length, end.Head, 0);
        var records = (await db.Registrations.AsNoTracking().ToListAsync(cancellationToken))
            .Select(r => (Key: nameof(Registration) + "/" + r.Id, r.Number, Content: AuditCanonicalForm.Content(r)))
            .Concat((await db.Recognitions.AsNoTracking().ToListAsync(cancellationToken))
                .Select(r => (Key: nameof(Recognition) + "/" + r.Id, r.Number, Content: AuditCanonicalForm.Content(r))))
            .Concat((await db.ProjectCertificates.AsNoTracking().ToListAsync(cancellationToken))
                .Select(c => (Key: nameof(ProjectCertificate) + "/" + c.Id, c.Number, Content: AuditCanonicalForm.Content(c))))
            .ToList();
        // People are chained only once their e-mail changed: those never chained are not counted as unchained records.
        var chainedPeople = lastWrites.Values.Where(w => w.RecordKind == nameof(Person)).Select(w => w.RecordId).ToList();
        records.AddRange((await db.Persons.AsNoTracking().Where(p => chainedPeople.Contains(p.Id)).ToListAsync(cancellationToken))
            .Select(p => (Key: nameof(Person) + "/" + p.Id, Number: p.Id, Content: AuditCanonicalForm.Content(p))));
        var present = records.Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        var changed = records.Where(r => lastWrites.TryGetValue(r.Key, out var w) && w.ContentHash != r.Content)
            .Select(r => (Write: lastWrites[r.Key], Problem: AuditProblem.ContentChanged));
        var gone = lastWrites.Where(w => !present.Contains(w.Key)).Select(w => (Write: w.Value, Problem: AuditProblem.Missing));
        var first = changed.Concat(gone).OrderBy(m => m.Write.Sequence).Select(m =>
            new AuditMismatch(m.Problem, m.Write.Sequence, m.Write.RecordKind, m.Write.RecordNumber, m.Write.WrittenAt)).FirstOrDefault();
        return walk.Finish(end.Length, end.Head, records.Count(r => !lastWrites.ContainsKey(r.Key)), first);
    }

    /// <summary>
    /// Everything, a page at a time: the registry chains on the first page, then up to <paramref name="take"/>
    /// instances in id order after <paramref name="after"/>.
    /// </summary>
    public async Task<AuditVerificationPage> VerifyAllAsync(string? after, int take, CancellationToken cancellationToken)
    {
        take = Math.Clamp(take, 1, MaxInstancesPerPage);
        List<AuditChainReport> reports = [];
        if (string.IsNullOrEmpty(after))
        {
            reports.Add(await VerifyRegistryWritesAsync(cancellationToken));
            reports.Add(await VerifyRegistryReadsAsync(cancellationToken));
        }
        var ids = await db.WorkflowInstances.AsNoTracking()
            .Where(i => after == null || after == "" || string.Compare(i.Id, after) > 0)
            .OrderBy(i => i.Id).Select(i => i.Id).Take(take + 1).ToListAsync(cancellationToken);
        foreach (var id in ids.Take(take))
            reports.Add(await VerifyInstanceAsync(id, cancellationToken));
        return new AuditVerificationPage(reports, ids.Count > take ? ids[take - 1] : null);
    }

    private async Task<AuditChainHead> HeadAsync(string chain, CancellationToken cancellationToken) =>
        await db.AuditChainHeads.AsNoTracking().FirstOrDefaultAsync(h => h.Chain == chain, cancellationToken)
            ?? new AuditChainHead { Chain = chain, Length = 0 };
}
