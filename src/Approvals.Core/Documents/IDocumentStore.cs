namespace Approvals.Core.Documents;

/// <summary>
/// Where uploaded bytes live, addressed by their SHA-256 (so one content is stored once and a name never
/// reaches the file system). The host keeps it outside the web root.
/// </summary>
public interface IDocumentStore
{
    Task SaveAsync(string sha256, ReadOnlyMemory<byte> content, CancellationToken cancellationToken);

    /// <summary>The content, or null when nothing is stored under the hash.</summary>
    Task<Stream?> OpenReadAsync(string sha256, CancellationToken cancellationToken);

    Task DeleteAsync(string sha256, CancellationToken cancellationToken);

    /// <summary>The hash of every content stored, for the sweep of contents no document references.</summary>
    IAsyncEnumerable<string> ListAsync(CancellationToken cancellationToken);
}
