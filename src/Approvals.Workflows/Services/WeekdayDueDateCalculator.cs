using Approvals.Workflows.Contracts;
using Approvals.Workflows.Runtime;

namespace Approvals.Workflows.Services;

/// <summary>
/// The default calendar until the host plugs in the configured one: elapsed time is added as is; working
/// days are Monday to Friday in China Standard Time, working hours are added inside the day.
/// </summary>
public sealed class WeekdayDueDateCalculator : IDueDateCalculator
{
    private static readonly TimeZoneInfo ChinaTime = FindChinaTime();

    public DateTimeOffset DueAt(DateTimeOffset from, WorkflowDuration duration)
    {
        var due = from + duration.Elapsed;
        if (!duration.IsWorkingTime)
            return due;
        var local = TimeZoneInfo.ConvertTime(due, ChinaTime);
        for (var added = 0; added < duration.WorkingDays;)
        {
            local = local.AddDays(1);
            if (local.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                added++;
        }
        return (local + duration.WorkingHours).ToUniversalTime();
    }

    private static TimeZoneInfo FindChinaTime()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        }
        catch (TimeZoneNotFoundException)
        {
            // Without tz data the fixed offset is exact: China has had no daylight saving since 1991.
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Shanghai", TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");
        }
    }
}
