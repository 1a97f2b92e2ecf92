using MudBlazor;

namespace Approvals.Web.Features.Statistics.Pages;

/// <summary>A named series of counts for the statistics charts.</summary>
public static class ChartValues
{
    /// <summary>Bar chart options whose vertical axis has about five ticks up to the tallest bar (or stack).</summary>
    public static BarChartOptions Bars(double tallest) => new() { YAxisTicks = Tick(tallest), YAxisFormat = "0" };

    /// <summary>Stacked bar chart options whose vertical axis has about five ticks up to the tallest stack.</summary>
    public static StackedBarChartOptions Stacks(double tallest) => new() { YAxisTicks = Tick(tallest), YAxisFormat = "0" };

    /// <summary>Line chart options whose vertical axis has about five ticks up to the highest point.</summary>
    public static LineChartOptions Lines(double highest) => new() { YAxisTicks = Tick(highest), YAxisFormat = "0" };

    /// <summary>Counts are whole: a tick of at least one, about a fifth of the largest value.</summary>
    public static int Tick(double largest) => Math.Max(1, (int)Math.Ceiling(largest / 5));

    public static ChartSeries<double> Series(string name, IEnumerable<int> values) =>
        new() { Name = name, Data = new ChartData<double>([.. values.Select(v => (double)v)]) };
}
