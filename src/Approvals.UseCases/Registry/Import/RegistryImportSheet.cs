namespace Approvals.UseCases.Registry.Import;

/// <summary>The cells of an import file as read: its header row and its data rows, each with its row number in the file.</summary>
public sealed record RegistryImportSheet(IReadOnlyList<string> Headers, IReadOnlyList<RegistryImportSheetRow> Rows);

public sealed record RegistryImportSheetRow(int Number, IReadOnlyList<string> Cells);
