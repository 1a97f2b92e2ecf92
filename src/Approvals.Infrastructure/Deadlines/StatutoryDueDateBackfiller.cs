using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Approvals.Infrastructure.Deadlines;

/// <summary>Stores the statutory due dates of instances running before they were kept, once the migrations ran (<see cref="StatutoryDueDateBackfill"/>).</summary>
internal sealed partial class StatutoryDueDateBackfiller(IServiceScopeFactory scopes, ILogger<StatutoryDueDateBackfiller> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var dated = await scope.ServiceProvider.GetRequiredService<StatutoryDueDateBackfill>().RunAsync(cancellationToken);
        if (dated > 0)
            LogDated(logger, dated);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Stored the statutory due dates of {Count} running instances")]
    private static partial void LogDated(ILogger logger, int count);
}
