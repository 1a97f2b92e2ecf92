using Approvals.UseCases.Statistics;

namespace Approvals.Web.Tests.Statistics;

/// <summary>The nearest-rank percentile the decision times and answer hours are reported with.</summary>
public sealed class PercentilesTests
{
    [Fact]
    public void No_values_have_no_percentile() =>
        Assert.Null(Percentiles.Of([], 50));

    [Fact]
    public void One_value_is_every_percentile_of_itself() =>
        Assert.Equal([7, 7, 7], new[] { 1, 50, 100 }.Select(p => Percentiles.Of([7], p)));

    [Fact]
    public void The_median_of_an_even_count_is_the_lower_middle_value_never_an_average() =>
        Assert.Equal(10, Percentiles.Of([21, 5, 10, 30], 50));

    [Fact]
    public void The_median_of_an_odd_count_is_the_middle_value_whatever_the_order() =>
        Assert.Equal(10, Percentiles.Of([21, 5, 10], 50));

    [Fact]
    public void The_90th_percentile_is_the_smallest_value_with_at_least_nine_tenths_at_or_below_it()
    {
        int[] days = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
        Assert.Equal(9, Percentiles.Of(days, 90));
        Assert.Equal(10, Percentiles.Of([.. days, 11], 90));
    }

    [Fact]
    public void Repeated_values_count_once_each() =>
        Assert.Equal(3, Percentiles.Of([3, 3, 3, 3, 100], 50));

    [Fact]
    public void The_100th_percentile_is_the_largest_and_a_tiny_percentile_the_smallest()
    {
        Assert.Equal(40, Percentiles.Of([40, 1, 20], 100));
        Assert.Equal(1, Percentiles.Of([40, 1, 20], 1));
    }
}
