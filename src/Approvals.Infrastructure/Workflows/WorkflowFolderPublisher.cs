using Approvals.UseCases.Definitions;
using Approvals.Infrastructure.Workflows.Shipped;
using Approvals.Text;
using Approvals.Workflows.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Workflows;

/// <summary>
/// At start-up takes in each <c>workflows/*.json</c> whose content is new (<see cref="ShippedDefinitionImporter"/>): it
/// never republishes over a regulator's version nor overwrites a regulator's draft. An invalid file is logged with every
/// error and skipped; the app still starts and the versions already published keep running.
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
            var importer = scope.ServiceProvider.GetRequiredService<ShippedDefinitionImporter>();
            var name = Path.GetFileName(file);
            try
            {
                var result = await importer.ImportAsync(name, await File.ReadAllTextAsync(file, cancellationToken), cancellationToken);
                switch (result.Outcome)
                {
                    case ShippedImportOutcome.Published:
                        LogPublished(logger, name, result.DefinitionId, result.Version ?? 0);
                        break;
                    case ShippedImportOutcome.Draft:
                        LogDrafted(logger, name, result.DefinitionId, result.Version ?? 0);
                        break;
                    case ShippedImportOutcome.Deferred:
                        LogDeferred(logger, name, result.DefinitionId);
                        break;
                    default:
                        LogUnchanged(logger, name);
                        break;
                }
            }
            catch (DefinitionValidationException ex)
            {
                foreach (var error in ex.Errors)
                    LogInvalid(logger, name, error.Path, error.Message);
            }
            catch (ConflictRefusal)
            {
                // Another node of the cluster took the same file in at the same moment.
                LogUnchanged(logger, name);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Published {File} as {DefinitionId} version {Version}")]
    private static partial void LogPublished(ILogger logger, string file, string definitionId, int version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{File} changed {DefinitionId}, which regulators have changed since: kept as draft version {Version} beside their published version")]
    private static partial void LogDrafted(ILogger logger, string file, string definitionId, int version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{File} changed {DefinitionId} while a regulator's draft is open: taken at a later start, once that draft is published or discarded")]
    private static partial void LogDeferred(ILogger logger, string file, string definitionId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{File} is unchanged since it was last taken in")]
    private static partial void LogUnchanged(ILogger logger, string file);

    [LoggerMessage(Level = LogLevel.Error, Message = "Skipped {File}: {Path}: {Message}")]
    private static partial void LogInvalid(ILogger logger, string file, string path, string message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No workflow folder at {Folder}; nothing published")]
    private static partial void LogNoFolder(ILogger logger, string folder);
}
