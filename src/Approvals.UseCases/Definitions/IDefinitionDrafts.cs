using Approvals.Core.Access;
using Approvals.UseCases.Records;
using Approvals.Workflows.Validation;

namespace Approvals.UseCases.Definitions;

/// <summary>
/// What a regulator does to a procedure's drafts: validate, save, publish alone (where no second regulator is needed,
/// see <see cref="Publications.PublicationPolicy"/>) and discard. Infrastructure's <c>WorkflowDefinitionService</c>
/// implements it: saving and publishing race other regulators and are told apart by the provider's unique indexes.
/// </summary>
public interface IDefinitionDrafts
{
    /// <summary>Every problem of the JSON, with its path; empty when it may be published.</summary>
    IReadOnlyList<ValidationError> Validate(string json);

    /// <summary>Saves JSON as the draft: replaces the open draft, or opens a new version after the latest.</summary>
    /// <exception cref="DefinitionValidationException">the JSON does not parse or names no definition.</exception>
    Task<SavedDraft> SaveDraftAsync(string json, CancellationToken cancellationToken);

    /// <exception cref="Approvals.Text.ForbiddenRefusal">the procedure needs a second regulator's approval.</exception>
    /// <exception cref="DefinitionValidationException">the version is not valid.</exception>
    Task<WorkflowDefinitionVersion> PublishAsync(string definitionId, int? version, Caller publisher, CancellationToken cancellationToken);

    /// <exception cref="Approvals.Text.NotFoundRefusal">the procedure has no draft.</exception>
    /// <exception cref="Approvals.Text.ConflictRefusal">the draft awaits publication approval.</exception>
    Task DiscardDraftAsync(string definitionId, CancellationToken cancellationToken);
}
