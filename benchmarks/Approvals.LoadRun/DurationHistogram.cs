using HdrHistogram;

namespace Approvals.LoadRun;

/// <summary>
/// Durations in a histogram of fixed size (microseconds, three significant digits: within 0.1 %), so that recording
/// every request of a ten-minute run does not itself make the process's memory grow. Safe to record into from many threads.
/// </summary>
public sealed class DurationHistogram
{
    private static readonly long Longest = (long)TimeSpan.FromHours(1).TotalMicroseconds;

    private readonly LongConcurrentHistogram _microseconds = new(1, Longest, 3);

    public long Count => _microseconds.TotalCount;

    public void Record(TimeSpan duration) => _microseconds.RecordValue(Math.Clamp((long)duration.TotalMicroseconds, 1, Longest));

    /// <summary>The duration in milliseconds that <paramref name="fraction"/> of the recorded ones do not exceed; 0 when none were recorded.</summary>
    public double Percentile(double fraction) =>
        Count == 0 ? 0 : _microseconds.MedianEquivalentValue(_microseconds.GetValueAtPercentile(fraction * 100)) / 1000.0;

    public double MaxMilliseconds => Count == 0 ? 0 : _microseconds.GetMaxValue() / 1000.0;

    public double MeanMilliseconds => Count == 0 ? 0 : _microseconds.GetMean() / 1000.0;
}
