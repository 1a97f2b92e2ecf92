namespace Approvals.UseCases.Records;

/// <summary>
/// One stored content (a file named by its SHA-256). The row is the lock under which a content file is written,
/// referenced and deleted (<see cref="Metrology.Documents.DocumentContents"/>); the first claim of a content creates it.
/// </summary>
public sealed class DocumentContentRecord
{
    public required string Sha256 { get; set; }

    public long Size { get; set; }
}
