namespace Approvals.UseCases.Registry.Import;

/// <summary>Limits of an import file (section <c>RegistryImport</c>).</summary>
public sealed class RegistryImportOptions
{
    public const string Section = "RegistryImport";

    public long MaxSizeBytes { get; set; } = 2 * 1024 * 1024;

    public int MaxRows { get; set; } = 5000;
}
