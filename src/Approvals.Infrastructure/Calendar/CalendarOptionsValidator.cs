using Microsoft.Extensions.Options;

namespace Approvals.Infrastructure.Calendar;

/// <summary>Rejects calendar settings that would make every deadline wrong, at start rather than at the first deadline.</summary>
public sealed class CalendarOptionsValidator : IValidateOptions<CalendarOptions>
{
    public ValidateOptionsResult Validate(string? name, CalendarOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Folder))
            failures.Add("Calendar:Folder must name the folder of the calendar-cn-{year}.json files.");
        if (!TryFindTimeZone(options.TimeZone))
            failures.Add($"Calendar:TimeZone '{options.TimeZone}' is not a time zone known to this machine (expected e.g. 'Asia/Shanghai').");
        if (options.WorkdayStart >= options.WorkdayEnd)
            failures.Add($"Calendar:WorkdayStart ({options.WorkdayStart:HH\\:mm}) must be before Calendar:WorkdayEnd ({options.WorkdayEnd:HH\\:mm}).");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool TryFindTimeZone(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
            return false;
        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);
    }
}
