namespace Approvals.UseCases.Registry.Import;

/// <summary>The two file types an import takes, told by the file's name and checked against its content.</summary>
public enum RegistryImportFileType
{
    Csv,
    Xlsx,
}
