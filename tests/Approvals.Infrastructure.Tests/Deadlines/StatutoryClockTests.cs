using Approvals.Infrastructure.Deadlines;
using Approvals.Infrastructure.Tests.Support;
using Approvals.Infrastructure.Workflows;
using Approvals.Workflows.Contracts;
using Approvals.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static Approvals.Infrastructure.Tests.Calendar.TestCalendar;
using Approvals.Core.Access;
using Approvals.UseCases.Instances;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Tests.Deadlines;

/// <summary>A 20 working-day limit that stops while the applicant answers a correction request.</summary>
public sealed class StatutoryClockTests
{
    private static readonly DateTimeOffset Started = Shanghai(2026, 3, 2, 10, 0); // a Monday

    private readonly FakeTimeProvider _clock = new(Started);

    private Task<StatutoryClockView?> ClockAsync(RuntimeHost host, string instanceId) =>
        host.InScopeAsync(sp => sp.GetRequiredService<StatutoryClock>().GetAsync(instanceId, Caller.System, default));

    private static async Task CompleteAsync(RuntimeHost host, string instanceId, string outcome)
    {
        var task = (await host.QueryAsync(q => q.ListTasksAsync(new TaskFilter(HumanTaskStatus.Open, InstanceId: instanceId), Caller.System, default))).Single();
        await host.RuntimeAsync(r => r.CompleteTaskAsync(task.Id, new ResumeStimulus(outcome), Caller.System, default));
    }

    [Fact]
    public async Task The_clock_does_not_run_while_the_applicant_answers_a_correction_request()
    {
        await using var target = DatabaseTarget.Sqlite();
        await using var host = await RuntimeHost.StartAsync(target, clock: _clock, configure: s => s.AddSingleton<IActivity, TestCorrectionsActivity>());
        await host.PublishAsync("statutory-clock");
        var id = (await host.RuntimeAsync(r => r.StartAsync("statutory-clock", null, "APP-20", null, "applicant", default))).Id;

        _clock.SetUtcNow(Shanghai(2026, 3, 4, 11, 0));
        var beforeCorrections = await ClockAsync(host, id);
        await CompleteAsync(host, id, "RequestCorrections");
        _clock.SetUtcNow(Shanghai(2026, 3, 6, 15, 0));
        var duringCorrections = await ClockAsync(host, id);
        var bookmark = await host.DatabaseAsync(db => db.Bookmarks.AsNoTracking().SingleAsync(b => b.InstanceId == id));
        _clock.SetUtcNow(Shanghai(2026, 3, 9, 9, 30));
        await host.RuntimeAsync(r => r.ResumeAsync(bookmark.Id, new ResumeStimulus(Actor: "applicant"), default));
        _clock.SetUtcNow(Shanghai(2026, 3, 10, 16, 0));
        var afterCorrections = await ClockAsync(host, id);

        Assert.Equal(new StatutoryClockView(20, 2, 0, 18, false, EndOfDay(2026, 3, 30)) with { StartedAt = Started }, beforeCorrections);
        // Stopped on Wednesday the 4th: Thursday and Friday are not counted.
        Assert.Equal(new StatutoryClockView(20, 2, 2, 18, true, EndOfDay(2026, 4, 1)) with { StartedAt = Started }, duringCorrections);
        // Answered on Monday the 9th: the 5th, 6th and 9th were the applicant's; Tuesday the 10th counts again.
        Assert.Equal(new StatutoryClockView(20, 3, 3, 17, false, EndOfDay(2026, 4, 2)) with { StartedAt = Started }, afterCorrections);
    }

    [Fact]
    public async Task A_procedure_without_a_limit_has_no_clock_and_settings_give_one_per_definition()
    {
        await using var target = DatabaseTarget.Sqlite();
        await using var host = await RuntimeHost.StartAsync(target, clock: _clock, configure: s =>
            s.Configure<StatutoryLimitOptions>(o => o.Definitions["two-step-approval"] = "15wd"));
        await host.PublishAsync("delay");
        await host.PublishAsync("two-step-approval");

        var withoutLimit = await host.RuntimeAsync(r => r.StartAsync("delay", null, null, null, null, default));
        var withLimit = await host.RuntimeAsync(r => r.StartAsync("two-step-approval", null, null, null, null, default));

        Assert.Null(await ClockAsync(host, withoutLimit.Id));
        Assert.Equal(15, (await ClockAsync(host, withLimit.Id))!.RemainingWorkingDays);
    }
}
