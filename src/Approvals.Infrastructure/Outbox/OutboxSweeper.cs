using Approvals.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Outbox;

/// <summary>
/// Hands to the job queue every message that was committed but never handed over (the process died between
/// commit and dispatch): at start-up, then every <see cref="OutboxOptions.SweepInterval"/>.
/// </summary>
internal sealed class OutboxSweeper(IServiceScopeFactory scopes, IOptions<OutboxOptions> options, TimeProvider clock) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepInterval, clock);
        do
        {
            await SweepAsync(olderThan: clock.GetUtcNow() - TimeSpan.FromSeconds(5), stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task SweepAsync(DateTimeOffset olderThan, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApprovalsDbContext>();
        var dispatcher = scope.ServiceProvider.GetRequiredService<OutboxDispatcher>();
        var stranded = await db.Outbox.AsNoTracking()
            .Where(o => o.Status == OutboxStatus.Pending && o.CreatedAt < olderThan)
            .OrderBy(o => o.Id)
            .Select(o => new { o.Id, o.DueAt })
            .Take(500)
            .ToListAsync(cancellationToken);
        foreach (var message in stranded)
            await dispatcher.DispatchAsync(db, message.Id, message.DueAt, cancellationToken);
    }
}
