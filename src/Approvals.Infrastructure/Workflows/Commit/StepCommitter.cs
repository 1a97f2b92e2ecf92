using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Data.Common;
using Approvals.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Workflows.Commit;

/// <summary>
/// Commits one step. EF's update pipeline costs several times the SQL it runs, and a step writes a handful of
/// small rows, so the runtime's own rows are written with statements built once per entity type
/// (<see cref="RowStatements"/>); whatever else the step tracked (rows added by domain effect handlers) is
/// saved by SaveChanges in the same transaction. The instance row goes first: its revision guard is what makes
/// a concurrent step lose, and a loser then writes nothing else. On SQLite the step is handed to the database's one
/// writer (<see cref="SqliteGroupCommit"/>), which commits concurrent steps together, the rows saved through EF
/// included (<see cref="WritersConnection"/>); inside a caller's own transaction it is written there. Values taken at
/// commit (<see cref="ICommitTimeValues"/>) are taken first in the transaction, and put in place of their stand-ins
/// before anything is written.
/// </summary>
public sealed class StepCommitter(IEnumerable<IStepCommitObserver> observers, IEnumerable<ICommitTimeValues> commitTimeValues, SqliteGroupCommit? groupCommit = null)
{
    private static readonly FrozenSet<Type> RuntimeRows = new[]
    {
        typeof(WorkflowInstanceRecord), typeof(JournalRecord), typeof(BookmarkRecord), typeof(HumanTaskRecord),
        typeof(IncidentRecord), typeof(OutboxMessage), typeof(ClockStopRecord),
    }.ToFrozenSet();

    private readonly IStepCommitObserver[] _observers = [.. observers];
    private readonly ICommitTimeValues[] _commitTimeValues = [.. commitTimeValues];
    private readonly ConcurrentDictionary<IEntityType, RowStatements> _statements = new();

    /// <summary>
    /// Writes and commits the tracked changes; the written runtime rows are no longer tracked afterwards.
    /// Returns the outbox rows it added, with their keys, for dispatch after the commit.
    /// </summary>
    /// <exception cref="DbUpdateConcurrencyException">another step changed the instance (or removed the bookmark) first.</exception>
    public async Task<IReadOnlyList<OutboxMessage>> CommitAsync(ApprovalsDbContext db, CancellationToken cancellationToken)
    {
        var tracker = db.ChangeTracker;
        tracker.DetectChanges();
        var autoDetect = tracker.AutoDetectChangesEnabled;
        // Changes were just detected and nothing changes an entity until the commit: detecting again on every
        // Entries, HasChanges and SaveChanges call would only repeat the comparison.
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            var written = tracker.Entries()
                .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && RuntimeRows.Contains(e.Metadata.ClrType))
                .OrderBy(WriteOrder)
                .ToList();
            List<OutboxMessage> outgoing = [.. written.Where(e => e.State == EntityState.Added).Select(e => e.Entity).OfType<OutboxMessage>()];
            List<CommittedInstance> instances = [.. written.Select(e => e.Entity).OfType<WorkflowInstanceRecord>().Select(i => new CommittedInstance(i.Id, i.Status))];
            await WriteAsync(db, written, instances, cancellationToken);
            foreach (var observer in _observers)
                observer.AfterCommit(instances);
            return outgoing;
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = autoDetect;
        }
    }

    private async Task WriteAsync(ApprovalsDbContext db, List<EntityEntry> written, List<CommittedInstance> instances, CancellationToken cancellationToken)
    {
        if (groupCommit is null || db.Database.CurrentTransaction is not null)
        {
            BeforeWrite(instances);
            await WriteAloneAsync(db, written, instances, cancellationToken);
            return;
        }
        // A step that writes only the runtime's rows needs no EF on the writer's connection: it keeps its own.
        var savesOtherRows = db.ChangeTracker.Entries().Count(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted) != written.Count;
        var shareable = !savesOtherRows || await WritersConnection.GiveBackOwnAsync(db);
        BeforeWrite(instances);
        // Once queued, a step is written or refused as a whole: the writer uses the step's unit of work, so the
        // caller waits for the outcome even when cancelled.
        await groupCommit.WriteAsync(new StepWrite(db, shareable,
            (connection, transaction) => WriteInGroupAsync(db, connection, transaction, savesOtherRows, written, instances),
            () => WriteAloneAsync(db, written, instances, CancellationToken.None)));
    }

    private void BeforeWrite(List<CommittedInstance> instances)
    {
        foreach (var observer in _observers)
            observer.BeforeWrite(instances);
    }

    /// <summary>
    /// The step inside the writer's transaction; one that saves other rows through EF has the writer's connection lent
    /// to its unit of work meanwhile. The writer's savepoint around the step undoes it alone if it fails, so EF needs
    /// none of its own around the other rows.
    /// </summary>
    private async Task WriteInGroupAsync(ApprovalsDbContext db, DbConnection connection, DbTransaction transaction, bool savesOtherRows, List<EntityEntry> written, List<CommittedInstance> instances)
    {
        await using var loan = savesOtherRows ? await WritersConnection.LendAsync(db, connection, transaction) : null;
        await WriteRowsAsync(db, connection, transaction, ownTransaction: true, written, instances, CancellationToken.None);
    }

    /// <summary>The step in a transaction of its own, or in the caller's.</summary>
    private async Task WriteAloneAsync(ApprovalsDbContext db, List<EntityEntry> written, List<CommittedInstance> instances, CancellationToken cancellationToken)
    {
        var ambient = db.Database.CurrentTransaction;
        var transaction = ambient ?? await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await WriteRowsAsync(db, db.Database.GetDbConnection(), transaction.GetDbTransaction(), ownTransaction: ambient is null, written, instances, cancellationToken);
            if (ambient is null)
                await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            if (ambient is null)
                await transaction.DisposeAsync();
        }
    }

    /// <summary>Writes the step's rows inside <paramref name="transaction"/>, leaving the commit to its owner.</summary>
    private async Task WriteRowsAsync(ApprovalsDbContext db, DbConnection connection, DbTransaction transaction, bool ownTransaction, List<EntityEntry> written, List<CommittedInstance> instances, CancellationToken cancellationToken)
    {
        await using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            await ReplaceStandInsAsync(db, command, cancellationToken);
            var sql = db.GetService<ISqlGenerationHelper>();
            await using var writes = new CommitWrites(command);
            foreach (var entry in written)
            {
                var statements = _statements.GetOrAdd(entry.Metadata, static (type, sql) => new RowStatements(type, sql), sql);
                await statements.WriteAsync(entry, writes, readGeneratedKey: entry.Entity is OutboxMessage, cancellationToken);
            }
            await ActivityPassages.WriteAsync(writes, written, cancellationToken);
            await writes.FlushAsync(cancellationToken);
        }
        foreach (var entry in written)
            entry.State = EntityState.Detached;
        if (db.ChangeTracker.HasChanges())
            await SaveOtherRowsAsync(db, ownTransaction, cancellationToken);
        foreach (var observer in _observers)
            observer.BeforeCommit(instances);
    }

    /// <summary>
    /// Saves the rows the step's effects tracked (registry rows, the case). In a transaction of the step's own a failure
    /// fails the whole step, so EF's savepoint around the save would protect nothing and cost two round trips while the
    /// commit's locks are held; in a caller's transaction it lets the caller go on after a failed save, and stays.
    /// </summary>
    private static async Task SaveOtherRowsAsync(ApprovalsDbContext db, bool ownTransaction, CancellationToken cancellationToken)
    {
        var savepoints = db.Database.AutoSavepointsEnabled;
        db.Database.AutoSavepointsEnabled = savepoints && !ownTransaction;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            db.Database.AutoSavepointsEnabled = savepoints;
        }
    }

    private async Task ReplaceStandInsAsync(ApprovalsDbContext db, DbCommand command, CancellationToken cancellationToken)
    {
        List<StandInValue> taken = [];
        foreach (var values in _commitTimeValues)
            taken.AddRange(await values.TakeAsync(db, command, cancellationToken));
        if (taken.Count > 0)
            StandIns.Replace(db.ChangeTracker, taken);
    }

    private static int WriteOrder(EntityEntry entry) => entry.Entity is WorkflowInstanceRecord ? 0 : entry.State switch
    {
        EntityState.Deleted => 1,
        EntityState.Modified => 2,
        _ => 3,
    };
}
