using Approvals.Core.Access;
using Approvals.Infrastructure.Persistence;
using Approvals.Workflows.Diff;
using Approvals.Workflows.Serialization;
using Microsoft.EntityFrameworkCore;
using Approvals.UseCases.Definitions;
using Approvals.UseCases.Publications;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Workflows.Publication;

/// <summary>The two-person publication rule (<see cref="IDefinitionPublications"/>) on the database: requests are kept in
/// their table, one pending per definition by a unique index, and an approval publishes through <see cref="WorkflowDefinitionService"/>.</summary>
public sealed class DefinitionPublications(ApprovalsDbContext db, WorkflowDefinitionService definitions, PublicationPolicy policy, TimeProvider clock) : IDefinitionPublications
{
    public async Task<PublicationRequestView> RequestAsync(string definitionId, int? version, string reason, Caller author, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var target = await definitions.GetAsync(definitionId, version, cancellationToken);
        if (!await policy.NeedsApprovalAsync(definitionId, cancellationToken))
            throw PublicationRefusals.PublishesDirectly(definitionId);
        if (target.IsCurrent)
            throw PublicationRefusals.AlreadyCurrent(definitionId, target.Version);
        var problems = definitions.Validate(target.Json);
        if (problems.Count > 0)
            throw new DefinitionValidationException(problems);
        if (await db.PublicationRequests.AnyAsync(r => r.DefinitionId == definitionId && r.Status == PublicationRequestStatus.Pending, cancellationToken))
            throw PublicationRefusals.AlreadyPending(definitionId);

        var request = new PublicationRequest
        {
            DefinitionId = definitionId,
            Version = target.Version,
            ContentHash = ContentOf(target),
            RequestedBy = PublicationActors.NameOf(author),
            Reason = reason.Trim(),
            RequestedAt = clock.GetUtcNow(),
            Status = PublicationRequestStatus.Pending,
        };
        db.PublicationRequests.Add(request);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            throw PublicationRefusals.AlreadyPending(definitionId);
        }
        return await GetAsync(request.Id, cancellationToken);
    }

    /// <summary>Publishes exactly the requested version, validated again, recording author, approver and reason.</summary>
    public async Task<WorkflowDefinitionVersion> ApproveAsync(long requestId, Caller approver, CancellationToken cancellationToken)
    {
        var request = await PendingForDecisionAsync(requestId, approver, cancellationToken);
        var target = await definitions.GetAsync(request.DefinitionId, request.Version, cancellationToken);
        if (ContentOf(target) != request.ContentHash)
            throw PublicationRefusals.ContentChanged(request);
        Decide(request, PublicationRequestStatus.Approved, approver, null);
        // The request's decision is saved with the publication, in one transaction: both or neither.
        return await definitions.PublishVersionAsync(request.DefinitionId, request.Version,
            new PublicationRecord(request.RequestedBy, PublicationActors.NameOf(approver), request.Reason, request.RequestedAt), cancellationToken);
    }

    public async Task<PublicationRequestView> RejectAsync(long requestId, string reason, Caller approver, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var request = await PendingForDecisionAsync(requestId, approver, cancellationToken);
        Decide(request, PublicationRequestStatus.Rejected, approver, reason.Trim());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw PublicationRefusals.ChangedConcurrently(request.DefinitionId);
        }
        return await GetAsync(requestId, cancellationToken);
    }

    public async Task<IReadOnlyList<PublicationRequestView>> ListAsync(string? definitionId, PublicationRequestStatus? status, CancellationToken cancellationToken)
    {
        var query = db.PublicationRequests.AsNoTracking();
        if (definitionId is not null)
            query = query.Where(r => r.DefinitionId == definitionId);
        if (status is { } wanted)
            query = query.Where(r => r.Status == wanted);
        var requests = await query.ToListAsync(cancellationToken);
        var ids = requests.Select(r => r.DefinitionId).Distinct().ToList();
        var versions = await db.WorkflowDefinitions.AsNoTracking()
            .Where(d => ids.Contains(d.DefinitionId))
            .Select(d => new { d.DefinitionId, d.Version, d.Name, d.IsCurrent })
            .ToListAsync(cancellationToken);
        return requests
            .OrderByDescending(r => r.RequestedAt).ThenByDescending(r => r.Id)
            .Select(r => View(r,
                versions.FirstOrDefault(v => v.DefinitionId == r.DefinitionId && v.Version == r.Version)?.Name ?? r.DefinitionId,
                versions.FirstOrDefault(v => v.DefinitionId == r.DefinitionId && v.IsCurrent)?.Version))
            .ToList();
    }

    public async Task<PublicationRequestView> GetAsync(long requestId, CancellationToken cancellationToken)
    {
        var request = await db.PublicationRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == requestId, cancellationToken)
            ?? throw PublicationRefusals.NoRequest(requestId);
        var name = await db.WorkflowDefinitions.AsNoTracking()
            .Where(d => d.DefinitionId == request.DefinitionId && d.Version == request.Version).Select(d => d.Name).FirstOrDefaultAsync(cancellationToken);
        var current = await db.WorkflowDefinitions.AsNoTracking()
            .Where(d => d.DefinitionId == request.DefinitionId && d.IsCurrent).Select(d => (int?)d.Version).FirstOrDefaultAsync(cancellationToken);
        return View(request, name ?? request.DefinitionId, current);
    }

    /// <summary>What publishing the request changes against the published version; null for a first publication.</summary>
    public async Task<DefinitionDiff?> DiffAsync(PublicationRequestView request, CancellationToken cancellationToken)
    {
        if (request.PublishedVersion is not int published)
            return null;
        var before = await definitions.GetAsync(request.DefinitionId, published, cancellationToken);
        var after = await definitions.GetAsync(request.DefinitionId, request.Version, cancellationToken);
        return DefinitionDiff.Compare(WorkflowDefinitionService.Parse(before), WorkflowDefinitionService.Parse(after));
    }

    /// <summary>Whether this regulator may decide the request: not its author, and of the approving body.</summary>
    public bool MayDecide(PublicationRequestView request, Caller approver) =>
        request.RequestedBy != approver.UserName && policy.MayApprove(request.DefinitionId, approver);

    private async Task<PublicationRequest> PendingForDecisionAsync(long requestId, Caller approver, CancellationToken cancellationToken)
    {
        var request = await db.PublicationRequests.FirstOrDefaultAsync(r => r.Id == requestId, cancellationToken)
            ?? throw PublicationRefusals.NoRequest(requestId);
        if (request.Status != PublicationRequestStatus.Pending)
            throw PublicationRefusals.AlreadyDecided(request);
        if (request.RequestedBy == approver.UserName)
            throw PublicationRefusals.OwnRequest();
        if (!policy.MayApprove(request.DefinitionId, approver))
            throw PublicationRefusals.NotAnApprover(policy.ApproverDescription(request.DefinitionId));
        return request;
    }

    private void Decide(PublicationRequest request, PublicationRequestStatus status, Caller approver, string? reason)
    {
        request.Status = status;
        request.DecidedBy = PublicationActors.NameOf(approver);
        request.DecidedAt = clock.GetUtcNow();
        request.DecisionReason = reason;
    }

    // Publishing rewrites only the isPublished flag: the content hash is of the definition as drafted.
    private static string ContentOf(WorkflowDefinitionVersion version)
    {
        var definition = WorkflowDefinitionService.Parse(version);
        definition.IsPublished = false;
        return WorkflowDefinitionService.ContentHash(WorkflowDefinitionJson.Serialize(definition));
    }

    private static PublicationRequestView View(PublicationRequest r, string name, int? publishedVersion) =>
        new(r.Id, r.DefinitionId, name, r.Version, publishedVersion, r.RequestedBy, r.Reason, r.RequestedAt, r.Status, r.DecidedBy, r.DecidedAt, r.DecisionReason);
}
