namespace Approvals.Core.Registry.Import;

/// <summary>What a file would write, and every row refused with why. Nothing is written while any row is refused.</summary>
public sealed record RegistryImportCheck(
    RegistryImportKind Kind,
    int RowCount,
    IReadOnlyList<ImportedRegistration> Registrations,
    IReadOnlyList<ImportedCertificate> Certificates,
    IReadOnlyList<RegistryImportProblem> Problems)
{
    public bool Accepted => Problems.Count == 0;

    /// <summary>The same file with further problems found (e.g. against the registry), in row order.</summary>
    public RegistryImportCheck With(IEnumerable<RegistryImportProblem> more) =>
        this with { Problems = [.. Problems.Concat(more).OrderBy(p => p.Row)] };
}
