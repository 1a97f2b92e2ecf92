using Approvals.Text;

namespace Approvals.UseCases.Statistics;

/// <summary>One table of a report as people read it (page, spreadsheet, CSV, PDF): the same cells everywhere.</summary>
/// <param name="Key">The table's name in addresses and file names (<c>applications</c>).</param>
public sealed record StatisticsTable(string Key, LocalizedText Title, IReadOnlyList<LocalizedText> Columns, IReadOnlyList<IReadOnlyList<StatisticsCell>> Rows);

/// <summary>
/// A cell: a text in both languages, or a number (empty when there is none, such as the median of no cases); a number
/// that counts cases names them (<see cref="Cases"/>) so the page can list them.
/// </summary>
public sealed record StatisticsCell(LocalizedText? Text, decimal? Number, CaseFigureFilter? Cases = null)
{
    public static StatisticsCell Counting(int number, CaseFigureFilter cases) => new(null, number, cases);

    public static implicit operator StatisticsCell(LocalizedText text) => new(text, null);

    public static implicit operator StatisticsCell(int number) => new(null, number);

    public static implicit operator StatisticsCell(int? number) => new(null, number);

    public static implicit operator StatisticsCell(decimal number) => new(null, number);

    /// <summary>The cell in <paramref name="culture"/>'s language; numbers invariant.</summary>
    public string For(string? culture) =>
        Text?.For(culture) ?? Number?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";
}
