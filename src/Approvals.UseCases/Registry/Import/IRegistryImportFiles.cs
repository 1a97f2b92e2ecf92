using Approvals.Core.Registry.Import;

namespace Approvals.UseCases.Registry.Import;

/// <summary>Reads import files and writes their templates (CSV with CsvHelper, Excel with ClosedXML, in Infrastructure).</summary>
public interface IRegistryImportFiles
{
    /// <summary>The header and data rows of the file's first sheet; dates an Excel cell holds come out as <c>yyyy-MM-dd</c>.</summary>
    /// <exception cref="Approvals.Text.InvalidRefusal">The content is not a readable file of that type.</exception>
    RegistryImportSheet Read(RegistryImportFileType type, byte[] content);

    /// <summary>An empty file of that kind and type with the bilingual header row (the Excel one with a sheet of help).</summary>
    byte[] Template(RegistryImportKind kind, RegistryImportFileType type);
}
