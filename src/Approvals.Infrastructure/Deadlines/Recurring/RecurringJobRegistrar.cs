using Approvals.Infrastructure.Calendar;
using Approvals.Infrastructure.Metrology.Documents;
using Approvals.Infrastructure.Statistics;
using Hangfire;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Approvals.Infrastructure.Deadlines.Recurring;

/// <summary>Registers (or updates) the recurring jobs in Hangfire's storage at start; every node may do it, the ids make it idempotent.</summary>
internal sealed class RecurringJobRegistrar(IRecurringJobManager jobs, CalendarZone zone, IOptions<RecurringJobSettings> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var inZone = new RecurringJobOptions { TimeZone = zone.TimeZone };
        jobs.AddOrUpdate<OverdueDigestJob>(OverdueDigestJob.Id, job => job.RunAsync(CancellationToken.None), options.Value.OverdueDigestCron, inZone);
        jobs.AddOrUpdate<ExpiryReminderJob>(ExpiryReminderJob.Id, job => job.RunAsync(CancellationToken.None), options.Value.ExpiryRemindersCron, inZone);
        jobs.AddOrUpdate<MonthlyStatisticsReportJob>(MonthlyStatisticsReportJob.Id, job => job.RunAsync(CancellationToken.None), options.Value.MonthlyStatisticsCron, inZone);
        jobs.AddOrUpdate<DocumentContentSweepJob>(DocumentContentSweepJob.Id, job => job.RunAsync(CancellationToken.None), options.Value.DocumentContentSweepCron, inZone);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
