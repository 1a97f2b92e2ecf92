using Approvals.Core.Access;
using Approvals.Text;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Workflows.Publication;

/// <summary>The refusals of the two-person publication rule, said the same way by the API and the designer.</summary>
public static class PublicationRefusals
{
    public static ForbiddenRefusal NeedsApproval(string definitionId) =>
        new(new($"“{definitionId}”是示范区统一的流程，发布须由另一位监管人员审核：请提交发布申请。",
            $"'{definitionId}' is a zone procedure: publishing it needs a second regulator's approval. Request publication instead."));

    public static ConflictRefusal PublishesDirectly(string definitionId) =>
        new(new($"“{definitionId}”无需审核，可直接发布。", $"'{definitionId}' needs no approval; publish it directly."));

    public static ConflictRefusal AlreadyPending(string definitionId) =>
        new(new($"“{definitionId}”已有一份待审核的发布申请，请等其审结后再申请。",
            $"'{definitionId}' already has a publication request waiting for approval; wait until it is decided."));

    public static NotFoundRefusal NoRequest(long requestId) =>
        new(new($"没有找到发布申请 {requestId}。", $"There is no publication request {requestId}."));

    public static ConflictRefusal AlreadyDecided(PublicationRequest request) =>
        new(request.Status == PublicationRequestStatus.Approved
            ? new($"发布申请 {request.Id} 已被批准。", $"Publication request {request.Id} is already approved.")
            : new($"发布申请 {request.Id} 已被驳回。", $"Publication request {request.Id} is already rejected."));

    public static ForbiddenRefusal OwnRequest() =>
        new(new("不能审核自己提交的发布申请：须由另一位监管人员审核。", "You cannot decide your own publication request: another regulator must."));

    public static ForbiddenRefusal NotAnApprover(string approver) =>
        new(approver == StaffDistricts.ExecutiveCommittee
            ? new("只有示范区执委会的监管人员可以审核该流程的发布。", "Only the executive committee's regulators may approve publishing this procedure.")
            : new($"只有该流程所属局（{approver}）的监管人员可以审核其发布。", $"Only the regulators of the bureau that owns this procedure ({approver}) may approve publishing it."));

    public static ConflictRefusal ContentChanged(PublicationRequest request) =>
        new(new($"第 {request.Version} 版的内容在申请后已改变，不能批准；请重新申请。",
            $"Version {request.Version} changed after it was requested; it cannot be approved. Request again."));

    public static ConflictRefusal DraftAwaitsApproval(string definitionId, int version) =>
        new(new($"“{definitionId}”的第 {version} 版正在等待发布审核，不能丢弃。",
            $"Version {version} of '{definitionId}' is waiting for publication approval; it cannot be discarded."));

    public static ConflictRefusal AlreadyCurrent(string definitionId, int version) =>
        new(new($"“{definitionId}”的第 {version} 版已经是当前发布的版本。", $"Version {version} of '{definitionId}' is already the published version."));

    public static ConflictRefusal ChangedConcurrently(string definitionId) =>
        new(new($"另一位监管人员同时修改或发布了“{definitionId}”，请刷新后再试。",
            $"Another regulator changed or published '{definitionId}' at the same time; reload and try again."));
}
