using Approvals.UseCases.OfficialDocuments;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Approvals.Infrastructure.OfficialDocuments;

/// <summary>Issues the documents of steps taken before documents existed, once the migrations ran (<see cref="MissingDocumentBackfill"/>).</summary>
internal sealed partial class MissingDocumentBackfiller(IServiceScopeFactory scopes, ILogger<MissingDocumentBackfiller> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var issued = await scope.ServiceProvider.GetRequiredService<MissingDocumentBackfill>().RunAsync(cancellationToken);
        if (issued > 0)
            LogIssued(logger, issued);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Issued {Count} documents of steps taken before documents existed")]
    private static partial void LogIssued(ILogger logger, int count);
}
