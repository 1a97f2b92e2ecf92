using Approvals.UseCases.Audit;
using Approvals.Core.Registry;
using Approvals.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Audit;

/// <summary>
/// Before a save, puts the registry reads it adds on the registry-reads chain and a write entry for each
/// registration, recognition or project certificate it adds or changes on the registry-writes chain, and moves both ends. Run again
/// on every attempt: entries of an attempt that lost the race for an end are chained anew after the winner's.
/// A write is dated when it happened: a registration changed, cancelled or revoked by the history entry the same
/// save adds for it, otherwise (added, renewed) by its issue; a project certificate by when the registry recorded it. A
/// person's e-mail, where the bureau's notices to a holder go, is chained when it changes (staff recording it on the
/// person page, a later application or import giving it), dated by the save.
/// </summary>
internal static class RegistryAuditChains
{
    public static async Task SealAsync(ApprovalsDbContext db, CancellationToken cancellationToken)
    {
        var tracker = db.ChangeTracker;
        List<EntityEntry<RegistryReadLog>> reads = [.. tracker.Entries<RegistryReadLog>().Where(e => e.State == EntityState.Added)];
        List<EntityEntry> written = [.. tracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified && e.Entity is Registration or Recognition or ProjectCertificate
            || e.State == EntityState.Modified && e.Entity is Person && e.Property(nameof(Person.Email)).IsModified)];
        foreach (var stale in tracker.Entries<RegistryWriteRecord>().Where(e => e.State == EntityState.Added).ToList())
            stale.State = EntityState.Detached;
        if (reads.Count > 0)
            await ChainReadsAsync(db, reads, cancellationToken);
        if (written.Count > 0)
            await ChainWritesAsync(db, written, cancellationToken);
    }

    private static async Task ChainReadsAsync(ApprovalsDbContext db, List<EntityEntry<RegistryReadLog>> reads, CancellationToken cancellationToken)
    {
        var head = await HeadAsync(db, AuditChains.RegistryReads, cancellationToken);
        foreach (var read in reads)
        {
            var sequence = head.Length + 1;
            var previous = head.Head ?? AuditChains.Genesis;
            var hash = AuditCanonicalForm.RegistryRead(read.Entity, sequence, previous);
            read.Property(RegistryReadChain.Sequence).CurrentValue = sequence;
            read.Property(RegistryReadChain.Previous).CurrentValue = previous;
            read.Property(RegistryReadChain.Hash).CurrentValue = hash;
            (head.Length, head.Head) = (sequence, hash);
        }
        db.Entry(head).DetectChanges();
    }

    private static async Task ChainWritesAsync(ApprovalsDbContext db, List<EntityEntry> written, CancellationToken cancellationToken)
    {
        var head = await HeadAsync(db, AuditChains.RegistryWrites, cancellationToken);
        var recorded = db.ChangeTracker.Entries<RegistrationHistoryEntry>().Where(e => e.State == EntityState.Added)
            .GroupBy(e => e.Entity.RegistrationId).ToDictionary(g => g.Key, g => g.Max(e => e.Entity.RecordedAt), StringComparer.Ordinal);
        foreach (var entry in written)
        {
            var write = entry.Entity switch
            {
                Registration r => new RegistryWriteRecord { RecordKind = nameof(Registration), RecordId = r.Id, RecordNumber = r.Number, ContentHash = AuditCanonicalForm.Content(r), WrittenAt = recorded.GetValueOrDefault(r.Id, r.IssuedAt), Previous = "", Hash = "" },
                Recognition r => new RegistryWriteRecord { RecordKind = nameof(Recognition), RecordId = r.Id, RecordNumber = r.Number, ContentHash = AuditCanonicalForm.Content(r), WrittenAt = r.IssuedAt, Previous = "", Hash = "" },
                ProjectCertificate c => new RegistryWriteRecord { RecordKind = nameof(ProjectCertificate), RecordId = c.Id, RecordNumber = c.Number, ContentHash = AuditCanonicalForm.Content(c), WrittenAt = c.RecordedAt, Previous = "", Hash = "" },
                // A person has no number of their own: the write names them by their registry id.
                Person p => new RegistryWriteRecord { RecordKind = nameof(Person), RecordId = p.Id, RecordNumber = p.Id, ContentHash = AuditCanonicalForm.Content(p), WrittenAt = db.GetService<TimeProvider>().GetUtcNow(), Previous = "", Hash = "" },
                _ => throw new InvalidOperationException($"{entry.Metadata.DisplayName()} is not a registry record."),
            };
            Link(head, write);
            db.RegistryWrites.Add(write);
        }
        db.Entry(head).DetectChanges();
    }

    /// <summary>Links a registry write to the chain's end and moves the end to it.</summary>
    internal static void Link(AuditChainHead head, RegistryWriteRecord write)
    {
        write.Sequence = head.Length + 1;
        write.Previous = head.Head ?? AuditChains.Genesis;
        write.Hash = AuditCanonicalForm.RegistryWrite(write, write.Sequence, write.Previous);
        (head.Length, head.Head) = (write.Sequence, write.Hash);
    }

    private static async Task<AuditChainHead> HeadAsync(ApprovalsDbContext db, string chain, CancellationToken cancellationToken) =>
        await db.AuditChainHeads.FindAsync([chain], cancellationToken)
            ?? throw new InvalidOperationException($"The audit chain '{chain}' has no head row: the database is not migrated.");
}
