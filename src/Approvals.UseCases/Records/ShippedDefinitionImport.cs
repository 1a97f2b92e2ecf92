namespace Approvals.UseCases.Records;

/// <summary>
/// One content of a <c>workflows/</c> file that start-up has taken in, so the same content is never taken twice —
/// even after a regulator edited or discarded the draft it became. A definition with such a row is a shipped procedure.
/// </summary>
public sealed class ShippedDefinitionImport
{
    public long Id { get; set; }
    public required string DefinitionId { get; set; }
    public required string FileName { get; set; }
    public required string ContentHash { get; set; }

    /// <summary>The version it became (or that already had this content); null while deferred.</summary>
    public int? Version { get; set; }

    public ShippedImportOutcome Outcome { get; set; }
    public DateTimeOffset ImportedAt { get; set; }
}

public enum ShippedImportOutcome
{
    /// <summary>Published: no regulator had changed the procedure.</summary>
    Published,

    /// <summary>Kept as a draft beside the version regulators published.</summary>
    Draft,

    /// <summary>Not taken yet: a regulator's draft is open. Taken at a later start, once that draft is published or discarded.</summary>
    Deferred,

    /// <summary>A version with this content already existed (a database from before imports were recorded, or an exported file).</summary>
    AlreadyPresent,
}
