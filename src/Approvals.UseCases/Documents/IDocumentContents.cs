namespace Approvals.UseCases.Documents;

/// <summary>
/// Keeps a content file and the document rows that reference it consistent (files are shared by content hash).
/// Infrastructure claims a content's row with one upsert that holds its lock until the transaction commits.
/// </summary>
public interface IDocumentContents
{
    /// <summary>Claims the content's row in the current transaction; waits for anyone else holding it.</summary>
    Task ClaimAsync(string sha256, long size, CancellationToken cancellationToken);

    /// <summary>Writes the content's file unless it is there; call under <see cref="ClaimAsync"/>.</summary>
    Task EnsureStoredAsync(string sha256, ReadOnlyMemory<byte> content, CancellationToken cancellationToken);

    /// <summary>Deletes the content's file and row when no document row references it; otherwise keeps both.</summary>
    /// <returns>true when the content was deleted.</returns>
    Task<bool> ReleaseIfUnusedAsync(string sha256, CancellationToken cancellationToken);
}
