using System.Text.Json.Nodes;
using Approvals.Core.Access;
using Approvals.Core.Activities;
using Approvals.Core.Applications;
using Approvals.Core.Districts;
using Approvals.Core.Findings;
using Approvals.Core.Verification;
using Approvals.Infrastructure.Metrology.Applications;
using Approvals.Infrastructure.Persistence;
using Approvals.Infrastructure.Workflows;
using Approvals.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Infrastructure.Metrology.Verification;

/// <summary>
/// The verification inbox of a district's reviewers and their answers. The answer that closes the last open
/// request of a step resumes it (Confirmed when every answer confirmed, Denied otherwise) in the same transaction.
/// </summary>
public sealed class VerificationService(ApprovalsDbContext db, WorkflowRuntime runtime, DistrictDirectory districts, TimeProvider clock)
{
    public async Task<IReadOnlyList<VerificationView>> ListPendingAsync(Caller caller, CancellationToken cancellationToken)
    {
        if (!caller.IsReviewer || caller.DistrictCode is null)
            throw new CaseForbiddenException(new("核验请求由发证地区的审核人员答复。", "Verification requests are answered by the reviewers of the issuing district."));
        var pending = await db.VerificationRequests.AsNoTracking()
            .Where(v => v.IssuingDistrictCode == caller.DistrictCode && v.Status == VerificationStatus.Pending)
            .ToListAsync(cancellationToken);
        return pending.OrderBy(v => v.CreatedAt).Select(VerificationView.From).ToList();
    }

    public async Task<VerificationView> AnswerAsync(Caller caller, string requestId, VerificationStatus answer, string? comment, CancellationToken cancellationToken)
    {
        if (answer is not (VerificationStatus.Confirmed or VerificationStatus.Denied or VerificationStatus.NotFound))
            throw new CaseValidationException([new Finding(ApplicationFormValidator.UnknownValueCode, new LocalizedMessage("答复必须是 Confirmed（属实）、Denied（不属实）或 NotFound（查无此证）。", "answer must be Confirmed, Denied or NotFound."), "answer")]);
        var request = await db.VerificationRequests.AsNoTracking().FirstOrDefaultAsync(v => v.Id == requestId, cancellationToken)
            ?? throw new CaseNotFoundException(new($"没有找到核验请求“{requestId}”。", $"There is no verification request '{requestId}'."));
        if (!caller.IsReviewerOf(request.IssuingDistrictCode))
            throw NotTheIssuingDistrict(request.IssuingDistrictCode, request.Number);

        if (!await db.Bookmarks.AnyAsync(b => b.InstanceId == request.InstanceId && b.ActivityId == request.ActivityId && b.Kind == CrossDistrictVerificationActivity.BookmarkKind, cancellationToken))
            throw new CaseConflictException(new("办理流程已不再等待此项核验（已答复、已撤回或已过期限）。", "The procedure no longer waits for this verification (answered, withdrawn or past its deadline)."));

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Answers to the requests of one case queue here, so exactly one of them sees that none is left open.
        await db.Applications.Where(a => a.Id == request.ApplicationId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Revision, a => a.Revision + 1), cancellationToken);
        var now = clock.GetUtcNow();
        var answered = await db.VerificationRequests
            .Where(v => v.Id == requestId && v.Status == VerificationStatus.Pending)
            .ExecuteUpdateAsync(s => s
                .SetProperty(v => v.Status, answer)
                .SetProperty(v => v.Comment, comment)
                .SetProperty(v => v.AnsweredBy, caller.UserId)
                .SetProperty(v => v.AnsweredAt, now), cancellationToken);
        if (answered == 0)
            throw new CaseConflictException(new($"核验请求“{requestId}”已被答复或已关闭。", $"Verification request '{requestId}' was already answered or closed."));

        var round = await db.VerificationRequests.AsNoTracking()
            .Where(v => v.InstanceId == request.InstanceId && v.ActivityId == request.ActivityId && v.CreatedAt == request.CreatedAt)
            .ToListAsync(cancellationToken);
        if (round.All(v => v.Status != VerificationStatus.Pending))
        {
            var bookmarkId = await db.Bookmarks.AsNoTracking()
                .Where(b => b.InstanceId == request.InstanceId && b.ActivityId == request.ActivityId && b.Kind == CrossDistrictVerificationActivity.BookmarkKind)
                .Select(b => b.Id).FirstOrDefaultAsync(cancellationToken)
                ?? throw new CaseConflictException(new("办理流程已不再等待此项核验（已过期限）。", "The procedure no longer waits for this verification (its deadline passed)."));
            var outcome = round.All(v => v.Status == VerificationStatus.Confirmed) ? CrossDistrictVerificationActivity.Confirmed : CrossDistrictVerificationActivity.Denied;
            var answers = new JsonArray(round.Select(v => (JsonNode)new JsonObject
            {
                ["number"] = v.Number,
                ["subject"] = v.Subject,
                ["issuingDistrictCode"] = v.IssuingDistrictCode,
                ["answer"] = v.Status.ToString(),
                ["comment"] = v.Comment,
                ["answeredBy"] = v.AnsweredBy,
            }).ToArray());
            await runtime.ResumeAsync(bookmarkId, new ResumeStimulus(outcome, new JsonObject { ["answers"] = answers }, caller.UserId, comment), cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        var saved = await db.VerificationRequests.AsNoTracking().FirstAsync(v => v.Id == requestId, cancellationToken);
        return VerificationView.From(saved);
    }

    private CaseForbiddenException NotTheIssuingDistrict(string districtCode, string number)
    {
        var district = districts.FindByCode(districtCode);
        return new(new(
            $"只有发证地区{district?.Name ?? districtCode}的审核人员可以答复此核验请求（证书编号 {number}）。",
            $"Only reviewers of {district?.NameEn ?? $"district {districtCode}"}, which issued {number}, answer this request."));
    }
}
