using Approvals.Core.Access;
using Approvals.UseCases.Records;
using Approvals.Workflows.Diff;

namespace Approvals.UseCases.Publications;

/// <summary>
/// Two people publish a zone procedure: an author requests one exact version with a reason; another regulator of the
/// approving body (<see cref="PublicationPolicy"/>) sees the diff and approves or rejects it. Infrastructure's
/// <c>DefinitionPublications</c> implements it: an approval is saved with the publication in one transaction.
/// </summary>
public interface IDefinitionPublications
{
    /// <exception cref="Approvals.Text.ConflictRefusal">the procedure publishes directly, the version is current, or a request is pending.</exception>
    Task<PublicationRequestView> RequestAsync(string definitionId, int? version, string reason, Caller author, CancellationToken cancellationToken);

    /// <summary>Publishes exactly the requested version, validated again, recording author, approver and reason.</summary>
    Task<WorkflowDefinitionVersion> ApproveAsync(long requestId, Caller approver, CancellationToken cancellationToken);

    Task<PublicationRequestView> RejectAsync(long requestId, string reason, Caller approver, CancellationToken cancellationToken);

    /// <summary>Newest first; of one procedure and of one status when given.</summary>
    Task<IReadOnlyList<PublicationRequestView>> ListAsync(string? definitionId, PublicationRequestStatus? status, CancellationToken cancellationToken);

    /// <exception cref="Approvals.Text.NotFoundRefusal">no such request.</exception>
    Task<PublicationRequestView> GetAsync(long requestId, CancellationToken cancellationToken);

    /// <summary>What publishing the request changes against the published version; null for a first publication.</summary>
    Task<DefinitionDiff?> DiffAsync(PublicationRequestView request, CancellationToken cancellationToken);

    /// <summary>Whether this regulator may decide the request: not its author, and of the approving body.</summary>
    bool MayDecide(PublicationRequestView request, Caller approver);
}
