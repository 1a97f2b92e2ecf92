using System.Globalization;
using Approvals.UseCases.Statistics;
using ClosedXML.Excel;
using CsvHelper;

namespace Approvals.Infrastructure.Statistics;

/// <summary>Statistics tables as an .xlsx workbook (a sheet per table, numbers stored as numbers) or as CSV.</summary>
public sealed class StatisticsExport : IStatisticsExport
{
    private const int MaxSheetNameLength = 31;

    public byte[] Workbook(IReadOnlyList<StatisticsTable> tables, string? culture)
    {
        using var workbook = new XLWorkbook();
        foreach (var table in tables)
        {
            var sheet = workbook.Worksheets.Add(SheetName(table.Title.For(culture)));
            for (var c = 0; c < table.Columns.Count; c++)
                sheet.Cell(1, c + 1).Value = table.Columns[c].For(culture);
            sheet.Row(1).Style.Font.Bold = true;
            for (var r = 0; r < table.Rows.Count; r++)
            {
                for (var c = 0; c < table.Rows[r].Count; c++)
                {
                    var cell = table.Rows[r][c];
                    if (cell.Number is { } number)
                        sheet.Cell(r + 2, c + 1).Value = number;
                    else
                        sheet.Cell(r + 2, c + 1).Value = cell.For(culture);
                }
            }
            sheet.Columns().Width = 18;
        }
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    public byte[] Csv(StatisticsTable table, string? culture)
    {
        using var output = new MemoryStream();
        // With a BOM, so spreadsheets open the Chinese headers as UTF-8.
        using (var csv = CsvWriter.Create(output, CsvWriterOptions.Default with { WriteByteOrderMark = true }, true))
        {
            foreach (var column in table.Columns)
                csv.WriteField(column.For(culture));
            csv.EndRecord();
            foreach (var row in table.Rows)
            {
                foreach (var cell in row)
                    csv.WriteField(cell.For(culture));
                csv.EndRecord();
            }
        }
        return output.ToArray();
    }

    /// <summary>Excel allows 31 characters and none of <c>[]:*?/\</c> in a sheet name.</summary>
    private static string SheetName(string title)
    {
        var clean = new string([.. title.Select(ch => "[]:*?/\\".Contains(ch) ? ' ' : ch)]);
        return clean.Length <= MaxSheetNameLength ? clean : clean[..MaxSheetNameLength];
    }
}
