namespace Approvals.UseCases.Records;

/// <summary>
/// One write of a registry record (a registration issued, renewed or changed, a recognition issued, a project certificate imported): which record, the
/// hash of its content as written, and its link in the registry-writes chain. The record's current content must
/// hash to its last write's <see cref="ContentHash"/>.
/// </summary>
public sealed class RegistryWriteRecord
{
    public long Id { get; set; }
    public long Sequence { get; set; }
    public required string RecordKind { get; set; }
    public required string RecordId { get; set; }
    public required string RecordNumber { get; set; }
    public required string ContentHash { get; set; }
    public DateTimeOffset WrittenAt { get; set; }
    public required string Previous { get; set; }
    public required string Hash { get; set; }
}
