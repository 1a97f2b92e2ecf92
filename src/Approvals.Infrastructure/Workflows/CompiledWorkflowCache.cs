using Approvals.UseCases.Definitions;
using System.Collections.Concurrent;
using Approvals.Infrastructure.Persistence;
using Approvals.Workflows.Runtime;
using Approvals.Workflows.Validation;
using Microsoft.EntityFrameworkCore;
using Approvals.UseCases.Instances;

namespace Approvals.Infrastructure.Workflows;

/// <summary>
/// Parsed, indexed definitions by (id, version). Only published versions are cached, and they never change,
/// so a step never reads or parses a definition twice.
/// </summary>
public sealed class CompiledWorkflowCache(IWorkflowDefinitionLoader loader)
{
    private readonly ConcurrentDictionary<(string, int), CompiledWorkflow> _compiled = new();

    public async ValueTask<CompiledWorkflow> GetAsync(ApprovalsDbContext db, string definitionId, int version, CancellationToken cancellationToken)
    {
        if (_compiled.TryGetValue((definitionId, version), out var cached))
            return cached;
        var row = await db.WorkflowDefinitions.AsNoTracking()
            .Where(d => d.DefinitionId == definitionId && d.Version == version)
            .Select(d => new { d.Json, d.IsPublished })
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw WorkflowRefusals.NoVersion(definitionId, version);
        var loaded = loader.Load(row.Json);
        if (!loaded.IsValid)
            throw new DefinitionValidationException(loaded.Errors);
        var compiled = loader.Compile(loaded.Definition!);
        if (row.IsPublished)
            _compiled.TryAdd((definitionId, version), compiled);
        return compiled;
    }
}
