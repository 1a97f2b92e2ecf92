using Approvals.Core.Documents;
using Approvals.Infrastructure.Persistence;
using Approvals.UseCases.Documents;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Infrastructure.Metrology.Documents;

/// <summary>
/// Keeps a content file and the document rows that reference it consistent. Files are shared by content hash, so
/// one application's deletion must never remove a file that another row, or an upload under way, still needs.
/// Every write, reference and deletion of a content happens in a transaction that first claims the content's row
/// (an upsert, which holds the row lock until commit): an upload writes the file and its document row under the
/// claim; a deletion removes its row under the claim, and only afterwards, under a new claim, checks that no row
/// references the content before deleting the file. A file deleted by a transaction that then fails to commit
/// leaves a row with no file and no reference, which the next upload of that content writes again.
/// </summary>
public sealed class DocumentContents(ApprovalsDbContext db, IDocumentStore store) : IDocumentContents
{
    /// <summary>Claims the content's row in the current transaction; waits for anyone else holding it.</summary>
    public Task ClaimAsync(string sha256, long size, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("A document content is claimed inside a transaction.");
        // The same statement on SQLite and PostgreSQL; the no-op update takes the row lock when the row exists.
        return db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO "DocumentContents" ("Sha256", "Size") VALUES ({sha256}, {size})
            ON CONFLICT ("Sha256") DO UPDATE SET "Size" = excluded."Size"
            """, cancellationToken);
    }

    /// <summary>Writes the content's file unless it is there; call under <see cref="ClaimAsync"/>.</summary>
    public Task EnsureStoredAsync(string sha256, ReadOnlyMemory<byte> content, CancellationToken cancellationToken) =>
        store.SaveAsync(sha256, content, cancellationToken);

    /// <summary>Deletes the content's file and row when no document row references it; otherwise keeps both.</summary>
    /// <returns>true when the content was deleted.</returns>
    public async Task<bool> ReleaseIfUnusedAsync(string sha256, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await ClaimAsync(sha256, 0, cancellationToken);
        // Read after the claim: a reference committed by whoever held the claim before is seen.
        if (await db.ApplicationDocuments.AnyAsync(d => d.Sha256 == sha256, cancellationToken))
        {
            await transaction.CommitAsync(cancellationToken);
            return false;
        }
        await db.DocumentContents.Where(c => c.Sha256 == sha256).ExecuteDeleteAsync(cancellationToken);
        await store.DeleteAsync(sha256, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
