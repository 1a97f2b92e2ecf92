using Approvals.Workflows.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Approvals.Infrastructure.Workflows;

/// <summary>
/// At start-up publishes each <c>workflows/*.json</c> that is new or changed. An invalid file is logged with
/// every error and skipped; the app still starts and the versions already published keep running.
/// </summary>
internal sealed partial class WorkflowFolderPublisher(
    IServiceScopeFactory scopes,
    IOptions<WorkflowEngineOptions> options,
    IHostEnvironment environment,
    ILogger<WorkflowFolderPublisher> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var folder = Path.IsPathRooted(options.Value.Folder) ? options.Value.Folder : Path.Combine(environment.ContentRootPath, options.Value.Folder);
        if (!Directory.Exists(folder))
        {
            LogNoFolder(logger, folder);
            return;
        }
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            await using var scope = scopes.CreateAsyncScope();
            var definitions = scope.ServiceProvider.GetRequiredService<WorkflowDefinitionService>();
            try
            {
                var published = await definitions.PublishIfChangedAsync(await File.ReadAllTextAsync(file, cancellationToken), cancellationToken);
                if (published is null)
                    LogUnchanged(logger, Path.GetFileName(file));
                else
                    LogPublished(logger, Path.GetFileName(file), published.DefinitionId, published.Version);
            }
            catch (DefinitionValidationException ex)
            {
                foreach (var error in ex.Errors)
                    LogInvalid(logger, Path.GetFileName(file), error.Path, error.Message);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Published {File} as {DefinitionId} version {Version}")]
    private static partial void LogPublished(ILogger logger, string file, string definitionId, int version);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{File} is unchanged since its last publication")]
    private static partial void LogUnchanged(ILogger logger, string file);

    [LoggerMessage(Level = LogLevel.Error, Message = "Skipped {File}: {Path}: {Message}")]
    private static partial void LogInvalid(ILogger logger, string file, string path, string message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No workflow folder at {Folder}; nothing published")]
    private static partial void LogNoFolder(ILogger logger, string folder);
}
