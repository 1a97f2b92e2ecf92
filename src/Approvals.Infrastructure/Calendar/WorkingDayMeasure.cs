using Approvals.UseCases.Calendar;

namespace Approvals.Infrastructure.Calendar;

/// <summary>The calendar's measures behind <see cref="IWorkingDayMeasure"/>, for the use cases.</summary>
public sealed class WorkingDayMeasure(WorkingTimeMeasure measure, BackwardWorkingTime backward) : IWorkingDayMeasure
{
    public int WorkingDaysBetween(DateTimeOffset from, DateTimeOffset to) => measure.WorkingDaysBetween(from, to);

    public DateTimeOffset SubtractWorkingDays(DateTimeOffset instant, int count) => backward.SubtractWorkingDays(instant, count);
}
