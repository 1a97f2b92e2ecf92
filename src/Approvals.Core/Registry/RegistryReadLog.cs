namespace Approvals.Core.Registry;

/// <summary>One read of the shared registry: who (or which procedure) looked at which record, and why.</summary>
public sealed class RegistryReadLog
{
    public long Id { get; set; }

    /// <summary>The reviewer's user id; null for the public check; "procedure" for a lookup by a procedure step.</summary>
    public string? ReaderUserId { get; set; }

    public string? ReaderDistrictCode { get; set; }
    public required string Purpose { get; set; }
    public required string RecordNumber { get; set; }
    public bool Found { get; set; }
    public DateTimeOffset ReadAt { get; set; }
}
