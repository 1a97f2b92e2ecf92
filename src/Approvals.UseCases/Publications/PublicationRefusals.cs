using Approvals.Core.Access;
using Approvals.Text;
using Approvals.UseCases.Records;

namespace Approvals.UseCases.Publications;

/// <summary>The refusals of the two-person publication rule, said the same way by the API and the designer.</summary>
public static class PublicationRefusals
{
    public static ForbiddenRefusal NeedsApproval(string definitionId) =>
        new(Texts.Text(Texts.PublicationRefusals_IsZoneProcedurePublishingItNeeds, definitionId));

    public static ConflictRefusal PublishesDirectly(string definitionId) =>
        new(Texts.Text(Texts.PublicationRefusals_NeedsNoApprovalPublishItDirectly, definitionId));

    public static ConflictRefusal AlreadyPending(string definitionId) =>
        new(Texts.Text(Texts.PublicationRefusals_AlreadyHasPublicationRequestWaitingFor, definitionId));

    public static NotFoundRefusal NoRequest(long requestId) =>
        new(Texts.Text(Texts.PublicationRefusals_ThereIsNoPublicationRequest, requestId));

    public static ConflictRefusal AlreadyDecided(PublicationRequest request) =>
        new(request.Status == PublicationRequestStatus.Approved
            ? Texts.Text(Texts.PublicationRefusals_PublicationRequestIsAlreadyApproved, request.Id)
            : Texts.Text(Texts.PublicationRefusals_PublicationRequestIsAlreadyRejected, request.Id));

    public static ForbiddenRefusal OwnRequest() =>
        new(Texts.Text(Texts.PublicationRefusals_YouCannotDecideYourOwnPublication));

    public static ForbiddenRefusal NotAnApprover(string approver) =>
        new(approver == StaffDistricts.ExecutiveCommittee
            ? Texts.Text(Texts.PublicationRefusals_OnlyExecutiveCommitteeSRegulatorsMay)
            : Texts.Text(Texts.PublicationRefusals_OnlyRegulatorsOfBureauThatOwns, approver));

    public static ConflictRefusal ContentChanged(PublicationRequest request) =>
        new(Texts.Text(Texts.PublicationRefusals_VersionChangedAfterItWasRequested, request.Version));

    public static ConflictRefusal DraftAwaitsApproval(string definitionId, int version) =>
        new(Texts.Text(Texts.PublicationRefusals_VersionOfIsWaitingForPublication, definitionId, version));

    public static ConflictRefusal AlreadyCurrent(string definitionId, int version) =>
        new(Texts.Text(Texts.PublicationRefusals_VersionOfIsAlreadyPublishedVersion, definitionId, version));

    public static ConflictRefusal ChangedConcurrently(string definitionId) =>
        new(Texts.Text(Texts.PublicationRefusals_AnotherRegulatorChangedOrPublishedAt, definitionId));
}
