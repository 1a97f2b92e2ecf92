using System.Globalization;
using Approvals.Core.Registry.Import;
using Approvals.UseCases.Registry.Import;
using ClosedXML.Excel;

namespace Approvals.Infrastructure.Metrology.Registry.Import;

/// <summary>
/// Excel import files (ClosedXML): the first worksheet, its first used row the header. A date cell reads as
/// <c>yyyy-MM-dd</c>; the template formats every column as text so an 18-digit ID number keeps its digits.
/// </summary>
internal static class XlsxImportFile
{
    public static RegistryImportSheet Read(byte[] content)
    {
        using var stream = new MemoryStream(content, writable: false);
        using var workbook = new XLWorkbook(stream);
        var sheet = workbook.Worksheets.First();
        var used = sheet.RowsUsed().ToList();
        if (used.Count == 0)
            return new RegistryImportSheet([], []);
        var width = used[0].LastCellUsed().Address.ColumnNumber;
        IReadOnlyList<string> Cells(IXLRow row) => [.. Enumerable.Range(1, width).Select(i => Text(row.Cell(i)))];
        return new RegistryImportSheet(Cells(used[0]), [.. used.Skip(1).Select(r => new RegistryImportSheetRow(r.RowNumber(), Cells(r)))]);
    }

    public static byte[] Template(RegistryImportKind kind)
    {
        var columns = RegistryImportColumns.Of(kind);
        using var workbook = new XLWorkbook();
        var data = workbook.Worksheets.Add((kind == RegistryImportKind.Registrations ? Texts.Text(Texts.RegistryImportTemplate_RegistrationsSheet) : Texts.Text(Texts.RegistryImportTemplate_CertificatesSheet)).Both());
        for (var i = 0; i < columns.Count; i++)
        {
            data.Column(i + 1).Style.NumberFormat.Format = "@";
            data.Cell(1, i + 1).Value = columns[i].Header;
            data.Cell(1, i + 1).Style.Font.Bold = true;
        }
        data.SheetView.FreezeRows(1);
        data.Columns(1, columns.Count).Width = 24;

        var help = workbook.Worksheets.Add(Texts.Text(Texts.RegistryImportTemplate_HelpSheet).Both());
        help.Cell(1, 1).Value = Texts.Text(Texts.RegistryImportTemplate_Column).Both();
        help.Cell(1, 2).Value = Texts.Text(Texts.RegistryImportTemplate_Example).Both();
        for (var i = 0; i < columns.Count; i++)
        {
            help.Cell(i + 2, 1).Value = columns[i].Header;
            help.Cell(i + 2, 2).SetValue(columns[i].Example);
        }
        help.Cell(columns.Count + 3, 1).Value = Texts.Text(Texts.RegistryImportTemplate_Rules).Both();
        help.Columns(1, 2).Width = 32;

        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }

    private static string Text(IXLCell cell) => cell.DataType switch
    {
        XLDataType.DateTime => DateOnly.FromDateTime(cell.GetDateTime()).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        XLDataType.Number => cell.GetDouble().ToString("0.##########", CultureInfo.InvariantCulture),
        _ => cell.GetString(),
    };
}
