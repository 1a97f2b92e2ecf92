using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Approvals.Core.Access;
using Approvals.Infrastructure.Persistence;
using Approvals.Infrastructure.Workflows.Publication;
using Approvals.UseCases.Publications;
using Approvals.Text;
using Approvals.Workflows.Models;
using Approvals.Workflows.Runtime;
using Approvals.Workflows.Serialization;
using Approvals.Workflows.Validation;
using Microsoft.EntityFrameworkCore;
using Approvals.UseCases.Definitions;
using Approvals.UseCases.Instances;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Workflows;

/// <summary>
/// Drafts, published versions and the latest version of each procedure. Publishing validates first; a
/// published version never changes, so running instances keep the version they started on.
/// </summary>
public sealed class WorkflowDefinitionService(
    ApprovalsDbContext db, IWorkflowDefinitionLoader loader, StepLoadQueries queries, PublicationPolicy policy, TimeProvider clock) : IWorkflowDefinitions, IDefinitionDrafts
{
    public async Task<IReadOnlyList<DefinitionSummary>> ListAsync(CancellationToken cancellationToken)
    {
        var versions = await db.WorkflowDefinitions.AsNoTracking()
            .Select(d => new { d.DefinitionId, d.Version, d.Name, d.IsPublished, d.IsCurrent, d.IsLatest })
            .ToListAsync(cancellationToken);
        var running = await db.WorkflowInstances.AsNoTracking()
            .Where(i => i.Status == WorkflowStatus.Suspended || i.Status == WorkflowStatus.Running || i.Status == WorkflowStatus.Faulted)
            .GroupBy(i => i.DefinitionId)
            .Select(g => new { DefinitionId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.DefinitionId, g => g.Count, cancellationToken);
        // The name in the page's language is in the definition itself; only the latest versions' are read.
        var latestJson = await db.WorkflowDefinitions.AsNoTracking().Where(d => d.IsLatest)
            .Select(d => new { d.DefinitionId, d.Json }).ToDictionaryAsync(d => d.DefinitionId, d => d.Json, cancellationToken);
        var culture = CultureInfo.CurrentUICulture.Name;
        return versions
            .GroupBy(v => v.DefinitionId)
            .Select(g =>
            {
                var latest = g.Single(v => v.IsLatest);
                var name = latestJson.TryGetValue(g.Key, out var json) ? WorkflowDefinitionJson.Deserialize(json).NameIn(culture) : latest.Name;
                return new DefinitionSummary(g.Key, name, latest.Version, g.SingleOrDefault(v => v.IsCurrent)?.Version,
                    !latest.IsPublished, running.GetValueOrDefault(g.Key));
            })
            .OrderBy(s => s.DefinitionId, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<IReadOnlyList<DefinitionVersionInfo>> VersionsAsync(string definitionId, CancellationToken cancellationToken)
    {
        var versions = await db.WorkflowDefinitions.AsNoTracking()
            .Where(d => d.DefinitionId == definitionId)
            .OrderByDescending(d => d.Version)
            .Select(d => new DefinitionVersionInfo(d.DefinitionId, d.Version, d.Name, d.IsPublished, d.IsCurrent, d.IsLatest, d.CreatedAt, d.PublishedAt,
                d.PublishedBy, d.ApprovedBy, d.PublicationReason, d.PublicationRequestedAt))
            .ToListAsync(cancellationToken);
        return versions.Count > 0 ? versions : throw WorkflowRefusals.NoDefinition(definitionId);
    }

    /// <summary>The latest version (draft or published), or the given one.</summary>
    public async Task<WorkflowDefinitionVersion> GetAsync(string definitionId, int? version, CancellationToken cancellationToken)
    {
        var query = db.WorkflowDefinitions.AsNoTracking().Where(d => d.DefinitionId == definitionId);
        var row = version is int v
            ? await query.FirstOrDefaultAsync(d => d.Version == v, cancellationToken)
            : await query.FirstOrDefaultAsync(d => d.IsLatest, cancellationToken);
        return row ?? throw (version is int missing ? WorkflowRefusals.NoVersion(definitionId, missing) : WorkflowRefusals.NoDefinition(definitionId));
    }

    /// <summary>The version an instance starts on: the given one if it was published, else the current one.</summary>
    public async Task<int> ResolveRunnableVersionAsync(string definitionId, int? version, CancellationToken cancellationToken)
    {
        var found = version is int v
            ? await queries.PublishedVersion(db, definitionId, v, cancellationToken)
            : await queries.CurrentVersion(db, definitionId, cancellationToken);
        return found ?? throw new NotFoundRefusal(version is null
            ? Texts.Text(Texts.WorkflowDefinitionService_WorkflowDefinitionHasNoPublishedVersion, definitionId)
            : Texts.Text(Texts.WorkflowDefinitionService_WorkflowDefinitionHasNoPublishedVersion2, definitionId, version));
    }

    /// <summary>
    /// Saves JSON as the draft: replaces the open draft, or opens a new one after the latest version — also when the open
    /// draft awaits publication approval, so what the approver sees is what gets published.
    /// A draft may be incomplete, but it must parse and name its definition; problems are returned, not thrown.
    /// </summary>
    public async Task<SavedDraft> SaveDraftAsync(string json, CancellationToken cancellationToken)
    {
        json = DefinitionInterchange.ToApprovals(json);
        var loaded = loader.Load(json);
        var definition = loaded.Definition;
        if (definition is null || string.IsNullOrWhiteSpace(definition.DefinitionId))
            throw new DefinitionValidationException(loaded.Errors.Count > 0 ? loaded.Errors : [WorkflowDefinitionLoader.MissingDefinitionId]);

        var latest = await db.WorkflowDefinitions.FirstOrDefaultAsync(d => d.DefinitionId == definition.DefinitionId && d.IsLatest, cancellationToken);
        var now = clock.GetUtcNow();
        WorkflowDefinitionVersion draft;
        if (latest is { IsPublished: false } && !await AwaitsApprovalAsync(latest, cancellationToken))
        {
            draft = latest;
        }
        else
        {
            if (latest is not null)
                latest.IsLatest = false;
            draft = new WorkflowDefinitionVersion
            {
                DefinitionId = definition.DefinitionId,
                Version = (latest?.Version ?? 0) + 1,
                Name = "",
                Json = "",
                ContentHash = "",
                IsLatest = true,
                CreatedAt = now,
            };
            db.WorkflowDefinitions.Add(draft);
        }
        definition.Version = draft.Version;
        definition.IsPublished = false;
        draft.Name = string.IsNullOrWhiteSpace(definition.Name) ? definition.DefinitionId : definition.Name;
        draft.Json = WorkflowDefinitionJson.Serialize(definition);
        draft.ContentHash = ContentHash(json);
        await SaveVersionsAsync(definition.DefinitionId, cancellationToken);
        return new SavedDraft(draft, Problems(loaded));
    }

    /// <summary>
    /// A regulator publishes the draft (or the given version) alone: only a procedure that needs no second regulator
    /// (<see cref="PublicationPolicy"/>); the others go through a <see cref="IDefinitionPublications">publication request</see>.
    /// </summary>
    public async Task<WorkflowDefinitionVersion> PublishAsync(string definitionId, int? version, Caller publisher, CancellationToken cancellationToken)
    {
        if (await policy.NeedsApprovalAsync(definitionId, cancellationToken))
            throw PublicationRefusals.NeedsApproval(definitionId);
        return await PublishVersionAsync(definitionId, version, new PublicationRecord(PublicationActors.NameOf(publisher)), cancellationToken);
    }

    /// <summary>
    /// Validates and publishes a version; it becomes the version new instances start on. Of two publishes racing on one
    /// definition exactly one wins (a version's revision, and a unique index on the current one); the other is a conflict.
    /// </summary>
    internal async Task<WorkflowDefinitionVersion> PublishVersionAsync(string definitionId, int? version, PublicationRecord record, CancellationToken cancellationToken)
    {
        var versions = await db.WorkflowDefinitions.Where(d => d.DefinitionId == definitionId).ToListAsync(cancellationToken);
        if (versions.Count == 0)
            throw WorkflowRefusals.NoDefinition(definitionId);
        var target = version is int v
            ? versions.SingleOrDefault(d => d.Version == v) ?? throw WorkflowRefusals.NoVersion(definitionId, v)
            : versions.Single(d => d.IsLatest);
        if (target.IsCurrent)
            throw PublicationRefusals.AlreadyCurrent(definitionId, target.Version);

        var loaded = loader.Load(target.Json);
        if (Problems(loaded) is { Count: > 0 } problems)
            throw new DefinitionValidationException(problems);

        foreach (var other in versions)
            other.IsCurrent = false;
        var definition = loaded.Definition!;
        definition.IsPublished = true;
        target.Json = WorkflowDefinitionJson.Serialize(definition);
        target.IsPublished = true;
        target.IsCurrent = true;
        target.PublishedAt ??= clock.GetUtcNow();
        target.PublishedBy = record.PublishedBy;
        target.ApprovedBy = record.ApprovedBy;
        target.PublicationReason = record.Reason;
        target.PublicationRequestedAt = record.RequestedAt;
        await SaveVersionsAsync(definitionId, cancellationToken);
        return target;
    }

    public async Task DiscardDraftAsync(string definitionId, CancellationToken cancellationToken)
    {
        var versions = await db.WorkflowDefinitions.Where(d => d.DefinitionId == definitionId).ToListAsync(cancellationToken);
        var draft = versions.SingleOrDefault(d => d.IsLatest && !d.IsPublished)
            ?? throw new NotFoundRefusal(Texts.Text(Texts.WorkflowDefinitionService_WorkflowDefinitionHasNoDraft, definitionId));
        if (await AwaitsApprovalAsync(draft, cancellationToken))
            throw PublicationRefusals.DraftAwaitsApproval(definitionId, draft.Version);
        db.WorkflowDefinitions.Remove(draft);
        var previous = versions.Where(d => d != draft).MaxBy(d => d.Version);
        if (previous is not null)
            previous.IsLatest = true;
        await SaveVersionsAsync(definitionId, cancellationToken);
    }

    public IReadOnlyList<ValidationError> Validate(string json)
    {
        var (ours, refusals) = DefinitionInterchange.TryToApprovals(json);
        return ours is null ? refusals : Problems(loader.Load(ours));
    }

    /// <summary>The engine's problems, and ours: a task may name only a role that works tasks.</summary>
    private static IReadOnlyList<ValidationError> Problems(DefinitionLoadResult loaded) =>
        [.. loaded.Errors, .. TaskRoleCheck.Problems(loaded.Definition)];

    public static WorkflowDefinition Parse(WorkflowDefinitionVersion row) => IWorkflowDefinitions.Parse(row);

    internal static string ContentHash(string json) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));

    private Task<bool> AwaitsApprovalAsync(WorkflowDefinitionVersion version, CancellationToken cancellationToken) =>
        db.PublicationRequests.AnyAsync(r => r.DefinitionId == version.DefinitionId && r.Version == version.Version
            && r.Status == PublicationRequestStatus.Pending, cancellationToken);

    /// <summary>Saves with every changed version's revision moved on: a save that raced another on the same versions is a conflict.</summary>
    private async Task SaveVersionsAsync(string definitionId, CancellationToken cancellationToken)
    {
        foreach (var entry in db.ChangeTracker.Entries<WorkflowDefinitionVersion>().Where(e => e.State == EntityState.Modified))
            entry.Entity.Revision++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw PublicationRefusals.ChangedConcurrently(definitionId);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            throw PublicationRefusals.ChangedConcurrently(definitionId);
        }
    }
}
