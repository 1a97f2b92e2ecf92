using Approvals.UseCases.Calendar;
using Approvals.Workflows.Contracts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Approvals.Infrastructure.Calendar;

public static class CalendarServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates (at start) the "Calendar" section, registers the calendar store (files in
    /// <c>Calendar:Folder</c> under the content root), the calendar's parts (each caller takes the one it needs:
    /// <see cref="CalendarZone"/>, <see cref="WorkingDays"/>, <see cref="ForwardWorkingTime"/>,
    /// <see cref="BackwardWorkingTime"/>, <see cref="WorkingTimeMeasure"/>, <see cref="CalendarCoverage"/>), the
    /// administrators' <see cref="ICalendarAdministration"/>, and the engine's
    /// <see cref="IDueDateCalculator"/>. The calculator is registered with <c>Replace</c>: it takes the place of a
    /// default registered before this call, and an engine default added later with <c>TryAdd</c> leaves it in place.
    /// </summary>
    public static IServiceCollection AddWorkingDayCalendar(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CalendarOptions>()
            .Bind(configuration.GetSection(CalendarOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CalendarOptions>, CalendarOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ICalendarYearStore>(provider => new FileCalendarYearStore(
            Path.Combine(
                provider.GetRequiredService<IHostEnvironment>().ContentRootPath,
                provider.GetRequiredService<IOptions<CalendarOptions>>().Value.Folder),
            provider.GetRequiredService<ILogger<FileCalendarYearStore>>()));
        services.TryAddSingleton<CalendarZone>();
        services.TryAddSingleton<WorkingDays>();
        services.TryAddSingleton<ForwardWorkingTime>();
        services.TryAddSingleton<BackwardWorkingTime>();
        services.TryAddSingleton<WorkingTimeMeasure>();
        services.TryAddSingleton<UseCases.Calendar.IWorkingDayMeasure, WorkingDayMeasure>();
        services.TryAddSingleton<CalendarCoverage>();
        services.TryAddSingleton<ICalendarAdministration, CalendarAdministration>();
        services.Replace(ServiceDescriptor.Singleton<IDueDateCalculator, WorkingDayDueDateCalculator>());
        return services;
    }
}
