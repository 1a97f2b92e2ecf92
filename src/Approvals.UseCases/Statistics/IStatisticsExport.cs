namespace Approvals.UseCases.Statistics;

/// <summary>The report's tables as files (ClosedXML and CsvHelper live in Infrastructure).</summary>
public interface IStatisticsExport
{
    /// <summary>An .xlsx workbook with one sheet per table, numbers as numbers, in <paramref name="culture"/>'s language.</summary>
    byte[] Workbook(IReadOnlyList<StatisticsTable> tables, string? culture);

    /// <summary>One table as CSV (UTF-8 with a byte-order mark, so spreadsheets read Chinese), in <paramref name="culture"/>'s language.</summary>
    byte[] Csv(StatisticsTable table, string? culture);
}
