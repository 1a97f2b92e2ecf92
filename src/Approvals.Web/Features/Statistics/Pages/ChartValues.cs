using MudBlazor;

namespace Approvals.Web.Features.Statistics.Pages;

/// <summary>A named series of counts for the statistics charts.</summary>
public static class ChartValues
{
    public static ChartSeries<double> Series(string name, IEnumerable<int> values) =>
        new() { Name = name, Data = new ChartData<double>([.. values.Select(v => (double)v)]) };
}
