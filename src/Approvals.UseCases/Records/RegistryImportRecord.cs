using Approvals.Core.Registry;
using Approvals.Core.Registry.Import;

namespace Approvals.UseCases.Records;

/// <summary>
/// One confirmed import of existing registrations or certificates: who, when, which file (name and SHA-256 of its
/// bytes) and how many rows it wrote. The registrations it wrote are on the registry-writes chain as well, and each has an Imported entry in its history.
/// </summary>
public sealed class RegistryImportRecord
{
    public long Id { get; set; }
    public RegistryImportKind Kind { get; set; }
    public required string FileName { get; set; }
    public required string ContentHash { get; set; }
    public int RowCount { get; set; }
    public required string ImportedBy { get; set; }
    public string? ImportedByName { get; set; }
    public DateTimeOffset ImportedAt { get; set; }

    /// <summary>The Imported entry of each registration it wrote.</summary>
    public List<RegistrationHistoryEntry> History { get; set; } = [];
}
