using Approvals.Core.Documents;

namespace Approvals.Infrastructure.Metrology.Documents;

/// <summary>
/// Stores each content once as <c>{folder}/{hash[0..2]}/{hash}</c>. The hash is checked to be 64 hex digits, so
/// nothing a user sends becomes part of a path.
/// </summary>
internal sealed class FileSystemDocumentStore(string folder) : IDocumentStore
{
    public async Task SaveAsync(string sha256, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var path = PathOf(sha256);
        if (File.Exists(path))
            return;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await File.WriteAllBytesAsync(temporary, content.ToArray(), cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }

    public Task<Stream?> OpenReadAsync(string sha256, CancellationToken cancellationToken)
    {
        var path = PathOf(sha256);
        return Task.FromResult<Stream?>(File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true) : null);
    }

    public Task DeleteAsync(string sha256, CancellationToken cancellationToken)
    {
        File.Delete(PathOf(sha256));
        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<string> ListAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!Directory.Exists(folder))
            yield break;
        foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = Path.GetFileName(path);
            // Half-written temporary files and anything else in the folder are not contents.
            if (name.Length == 64 && name.All(char.IsAsciiHexDigitLower) && Path.GetFileName(Path.GetDirectoryName(path)) == name[..2])
                yield return name;
        }
        await Task.CompletedTask;
    }

    private string PathOf(string sha256)
    {
        if (sha256.Length != 64 || !sha256.All(char.IsAsciiHexDigitLower))
            throw new ArgumentException("A document is addressed by its lower-case SHA-256.", nameof(sha256));
        return Path.Combine(folder, sha256[..2], sha256);
    }
}
