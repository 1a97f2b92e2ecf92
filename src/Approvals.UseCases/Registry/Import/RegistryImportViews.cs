using Approvals.Core.Registry.Import;

namespace Approvals.UseCases.Registry.Import;

/// <summary>What a file would write, or why not: nothing is written by a preview.</summary>
/// <param name="ContentHash">SHA-256 of the file's bytes, lower-case hex.</param>
/// <param name="Accepted">True when every row passed: a confirmation of the same file writes it all.</param>
public sealed record RegistryImportPreview(
    RegistryImportKind Kind,
    string FileName,
    string ContentHash,
    int RowCount,
    bool Accepted,
    IReadOnlyList<ImportedRegistration> Registrations,
    IReadOnlyList<ImportedCertificate> Certificates,
    IReadOnlyList<RegistryImportProblem> Problems);

/// <summary>A confirmed import, as recorded.</summary>
public sealed record RegistryImportView(
    long Id,
    RegistryImportKind Kind,
    string FileName,
    string ContentHash,
    int RowCount,
    string ImportedBy,
    string? ImportedByName,
    DateTimeOffset ImportedAt);

/// <summary>A template to download.</summary>
public sealed record RegistryImportTemplate(string FileName, string ContentType, byte[] Content);
