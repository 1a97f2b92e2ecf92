namespace Approvals.Infrastructure.Calendar;

/// <summary>Settings of the working-day calendar, bound from the "Calendar" section.</summary>
public sealed class CalendarOptions
{
    public const string SectionName = "Calendar";

    /// <summary>Folder holding the <c>calendar-cn-{year}.json</c> files, relative to the content root.</summary>
    public string Folder { get; set; } = "reference";

    /// <summary>IANA (or Windows) id of the zone in which days begin and end.</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";

    /// <summary>Start of working hours; working-hour arithmetic counts only time between start and end.</summary>
    public TimeOnly WorkdayStart { get; set; } = new(9, 0);

    /// <summary>End of working hours; a due date of "N working days" is this time on the Nth working day.</summary>
    public TimeOnly WorkdayEnd { get; set; } = new(17, 0);
}
