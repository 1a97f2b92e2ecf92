namespace Approvals.Core.Registry.Import;

/// <summary>A data row of an import file: its row number as the spreadsheet shows it, its cells by column key.</summary>
public sealed record RegistryImportRow(int Number, IReadOnlyDictionary<string, string> Cells)
{
    public string this[string column] => Cells.TryGetValue(column, out var value) ? value.Trim() : "";
}
