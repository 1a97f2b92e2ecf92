namespace Approvals.UseCases.Calendar;

/// <summary>The working-day calendar's measures the statistics need (the calendar itself lives in Infrastructure).</summary>
public interface IWorkingDayMeasure
{
    /// <summary>Working days after the local day of <paramref name="from"/> up to and including that of <paramref name="to"/>.</summary>
    int WorkingDaysBetween(DateTimeOffset from, DateTimeOffset to);

    /// <summary>The instant <paramref name="count"/> working days before <paramref name="instant"/>.</summary>
    DateTimeOffset SubtractWorkingDays(DateTimeOffset instant, int count);
}
