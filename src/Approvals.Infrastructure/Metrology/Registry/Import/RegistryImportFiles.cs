using Approvals.Core.Registry.Import;
using Approvals.Text;
using Approvals.UseCases.Registry.Import;

namespace Approvals.Infrastructure.Metrology.Registry.Import;

/// <summary>Reads and writes import files of either type; a file its library cannot read is refused as unreadable.</summary>
internal sealed class RegistryImportFiles : IRegistryImportFiles
{
    public RegistryImportSheet Read(RegistryImportFileType type, byte[] content)
    {
        try
        {
            return type == RegistryImportFileType.Csv ? CsvImportFile.Read(content) : XlsxImportFile.Read(content);
        }
        // The libraries throw many types for a damaged file (zip, XML, OpenXML package, CSV parse); to the clerk
        // each is the same answer: this file cannot be read.
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            throw new InvalidFieldsRefusal("file", Texts.Text(Texts.RegistryImport_FileUnreadable, type == RegistryImportFileType.Csv ? "CSV" : "Excel (.xlsx)"));
        }
    }

    public byte[] Template(RegistryImportKind kind, RegistryImportFileType type) =>
        type == RegistryImportFileType.Csv ? CsvImportFile.Template(kind) : XlsxImportFile.Template(kind);
}
