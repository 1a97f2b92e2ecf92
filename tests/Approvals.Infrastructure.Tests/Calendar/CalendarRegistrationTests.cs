using Approvals.Infrastructure.Calendar;
using Approvals.Workflows.Contracts;
using Approvals.Workflows.Runtime;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using static Approvals.Infrastructure.Tests.Calendar.TestCalendar;

namespace Approvals.Infrastructure.Tests.Calendar;

public sealed class CalendarRegistrationTests
{
    [Fact]
    public async Task The_engines_due_dates_come_from_the_calendar_files_under_the_content_root()
    {
        using var host = BuildHost(new() { ["Calendar:Folder"] = "reference" }, services =>
            services.AddSingleton<IDueDateCalculator, ElapsedOnly>());
        await host.StartAsync();

        var dueDates = host.Services.GetRequiredService<IDueDateCalculator>();

        Assert.IsType<WorkingDayDueDateCalculator>(dueDates);
        Assert.Single(host.Services.GetServices<IDueDateCalculator>());
        Assert.Equal(EndOfDay(2026, 2, 14), dueDates.DueAt(Shanghai(2026, 2, 13, 10, 0), WorkflowDuration.FromWorkingDays(1)));
        await host.StopAsync();
    }

    [Fact]
    public void Working_hours_are_read_from_settings()
    {
        using var host = BuildHost(new() { ["Calendar:WorkdayStart"] = "08:30", ["Calendar:WorkdayEnd"] = "17:30" });

        var forward = host.Services.GetRequiredService<ForwardWorkingTime>();

        Assert.Equal(Shanghai(2026, 2, 14, 17, 30), forward.AddWorkingDays(Shanghai(2026, 2, 13, 10, 0), 1));
    }

    [Fact]
    public async Task Settings_that_would_break_every_deadline_stop_the_start_with_every_problem_listed()
    {
        using var host = BuildHost(new()
        {
            ["Calendar:TimeZone"] = "Mars/Olympus_Mons",
            ["Calendar:WorkdayStart"] = "18:00",
            ["Calendar:WorkdayEnd"] = "09:00",
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Equal(
            [
                "Calendar:TimeZone 'Mars/Olympus_Mons' is not a time zone known to this machine (expected e.g. 'Asia/Shanghai').",
                "Calendar:WorkdayStart (18:00) must be before Calendar:WorkdayEnd (09:00).",
            ],
            error.Failures);
    }

    private static IHost BuildHost(Dictionary<string, string?> settings, Action<IServiceCollection>? before = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = RepositoryRoot });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddLogging();
        before?.Invoke(builder.Services);
        builder.Services.AddWorkingDayCalendar(builder.Configuration);
        return builder.Build();
    }

    private sealed class ElapsedOnly : IDueDateCalculator
    {
        public DateTimeOffset DueAt(DateTimeOffset from, WorkflowDuration duration) => from + duration.Elapsed;
    }
}
