using Approvals.UseCases.Definitions;
using Approvals.Infrastructure.Persistence;
using Approvals.Infrastructure.Workflows.Publication;
using Approvals.Workflows.Serialization;
using Approvals.Workflows.Validation;
using Microsoft.EntityFrameworkCore;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Workflows.Shipped;

/// <summary>
/// Takes in one <c>workflows/</c> file at start-up without ever undoing a regulator's work. Content already taken in,
/// or equal to an existing version (an exported file), changes nothing. New content is published only while no regulator
/// has changed the procedure; over a regulator's published version it becomes a draft beside it; while a regulator's
/// draft is open it waits (deferred) and is taken at a later start.
/// </summary>
public sealed class ShippedDefinitionImporter(ApprovalsDbContext db, IWorkflowDefinitionLoader loader, WorkflowDefinitionService definitions, TimeProvider clock)
{
    /// <summary>The <see cref="WorkflowDefinitionVersion.PublishedBy"/> of a version published from a shipped file.</summary>
    public static string PublishedByFile(string fileName) => $"workflows/{fileName}";

    public async Task<ShippedImportResult> ImportAsync(string fileName, string json, CancellationToken cancellationToken)
    {
        var loaded = loader.Load(json);
        if (!loaded.IsValid)
            throw new DefinitionValidationException(loaded.Errors);
        var definitionId = loaded.Definition!.DefinitionId;
        var hash = WorkflowDefinitionService.ContentHash(json);
        var imports = await db.ShippedDefinitionImports.Where(i => i.DefinitionId == definitionId).ToListAsync(cancellationToken);
        var record = imports.FirstOrDefault(i => i.ContentHash == hash);
        if (record is { Outcome: not ShippedImportOutcome.Deferred })
            return new(definitionId, null, record.Version);
        if (record is null)
        {
            record = new ShippedDefinitionImport { DefinitionId = definitionId, FileName = fileName, ContentHash = hash };
            db.ShippedDefinitionImports.Add(record);
        }
        record.ImportedAt = clock.GetUtcNow();

        var versions = await db.WorkflowDefinitions.AsNoTracking().Where(d => d.DefinitionId == definitionId).ToListAsync(cancellationToken);
        var canonical = Canonical(json);
        if (versions.FirstOrDefault(v => v.ContentHash == hash || Canonical(v.Json) == canonical) is { } same)
            return await RecordAsync(record, ShippedImportOutcome.AlreadyPresent, same.Version, cancellationToken);

        if (versions.Any(v => !v.IsPublished && !IsShippedDraft(v, imports)))
            return await RecordAsync(record, ShippedImportOutcome.Deferred, null, cancellationToken);

        record.Outcome = ShippedImportOutcome.Draft;
        var (draft, _) = await definitions.SaveDraftAsync(json, cancellationToken);
        var current = versions.FirstOrDefault(v => v.IsCurrent);
        if (current is not null && current.PublishedBy?.StartsWith(PublishedByFile(""), StringComparison.Ordinal) != true)
        {
            // A version published by a regulator (or before publishers were recorded) stays current.
            return await RecordAsync(record, ShippedImportOutcome.Draft, draft.Version, cancellationToken);
        }
        record.Version = draft.Version;
        record.Outcome = ShippedImportOutcome.Published;
        var published = await definitions.PublishVersionAsync(definitionId, draft.Version, new PublicationRecord(PublishedByFile(fileName)), cancellationToken);
        return new(definitionId, ShippedImportOutcome.Published, published.Version);
    }

    private async Task<ShippedImportResult> RecordAsync(ShippedDefinitionImport record, ShippedImportOutcome outcome, int? version, CancellationToken cancellationToken)
    {
        record.Outcome = outcome;
        record.Version = version;
        await db.SaveChangesAsync(cancellationToken);
        return new(record.DefinitionId, outcome, version);
    }

    /// <summary>A draft start-up made from a shipped file and no regulator has edited since.</summary>
    private static bool IsShippedDraft(WorkflowDefinitionVersion version, IEnumerable<ShippedDefinitionImport> imports) =>
        imports.Any(i => i.Outcome == ShippedImportOutcome.Draft && i.Version == version.Version && i.ContentHash == version.ContentHash);

    /// <summary>The definition with its version number and published flag left out: what makes two versions the same procedure.</summary>
    private static string Canonical(string json)
    {
        var definition = WorkflowDefinitionJson.Deserialize(json);
        definition.Version = 0;
        definition.IsPublished = false;
        return WorkflowDefinitionJson.Serialize(definition);
    }
}

/// <summary>What start-up did with a shipped file: nothing (null outcome: content already taken in), or the outcome and its version.</summary>
public sealed record ShippedImportResult(string DefinitionId, ShippedImportOutcome? Outcome, int? Version);
