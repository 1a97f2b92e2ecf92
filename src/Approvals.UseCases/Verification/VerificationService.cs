using System.Text.Json.Nodes;
using Approvals.Core.Access;
using Approvals.Core.Activities;
using Approvals.Core.Applications;
using Approvals.Core.Findings;
using Approvals.Core.Verification;
using Approvals.UseCases.Data;
using Approvals.Text;
using Approvals.UseCases.Limits;
using Approvals.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Approvals.UseCases.Cases;
using Approvals.UseCases.Instances;

namespace Approvals.UseCases.Verification;

/// <summary>
/// The verification inbox of a district's reviewers and their answers. A request belongs to one round, the bookmark
/// it carries: the answer that closes the last open request of that round resumes exactly that bookmark (Confirmed
/// when every answer confirmed, Denied when one denied, NotFound when one found no record) in the same transaction. A request whose round ended is closed
/// (<see cref="VerificationStatus.TimedOut"/> or <see cref="VerificationStatus.Superseded"/>) and its answer refused.
/// </summary>
public sealed class VerificationService(IApprovalsDbContext db, IWorkflowRuntime runtime, TimeProvider clock)
{
    /// <summary>How many closed requests the district's list shows after the open ones.</summary>
    public const int ClosedShown = 50;

    /// <summary>How many requests wait for the caller's district's answer (the menu's badge); 0 for anyone but a reviewer.</summary>
    public Task<int> CountOpenForDistrictAsync(Caller caller, CancellationToken cancellationToken) =>
        !caller.IsReviewer || caller.DistrictCode is null
            ? Task.FromResult(0)
            : db.VerificationRequests.CountAsync(v => v.IssuingDistrictCode == caller.DistrictCode && v.Status == VerificationStatus.Pending, cancellationToken);

    /// <summary>The caller's district's requests: the open ones, oldest first, then the latest closed ones.</summary>
    public async Task<IReadOnlyList<VerificationView>> ListForDistrictAsync(Caller caller, CancellationToken cancellationToken)
    {
        if (!caller.IsReviewer || caller.DistrictCode is null)
            throw new ForbiddenRefusal(Texts.Text(Texts.VerificationService_VerificationRequestsAreAnsweredByReviewers));
        var district = db.VerificationRequests.AsNoTracking().Where(v => v.IssuingDistrictCode == caller.DistrictCode);
        var open = await district.Where(v => v.Status == VerificationStatus.Pending).ToListAsync(cancellationToken);
        var closed = await district.Where(v => v.Status != VerificationStatus.Pending)
            .OrderByDescending(v => v.AnsweredAt).Take(ClosedShown).ToListAsync(cancellationToken);
        var numbers = await db.CaseNumbersAsync(open.Concat(closed).Select(v => v.ApplicationId).Distinct().ToList(), cancellationToken);
        VerificationView View(VerificationRequest v) => VerificationView.From(v) with { CaseNumber = numbers.GetValueOrDefault(v.ApplicationId) };
        return [.. open.OrderBy(v => v.CreatedAt).Select(View), .. closed.Select(View)];
    }

    public async Task<VerificationView> AnswerAsync(Caller caller, string requestId, VerificationStatus answer, string? comment, CancellationToken cancellationToken)
    {
        if (answer is not (VerificationStatus.Confirmed or VerificationStatus.Denied or VerificationStatus.NotFound))
            throw new CaseValidationException([new Finding(ApplicationFormValidator.UnknownValueCode, Texts.Text(Texts.VerificationService_AnswerMustBeConfirmedDeniedOr), "answer")]);
        TextLimits.Check(("comment", comment, TextLimits.CommentMaxLength));
        var request = await db.VerificationRequests.AsNoTracking().FirstOrDefaultAsync(v => v.Id == requestId, cancellationToken);
        // A request addressed to another district reads exactly like one that does not exist.
        if (request is null || !caller.IsReviewerOf(request.IssuingDistrictCode))
            throw VerificationRefusals.NoRequest(requestId);
        if (request.Status != VerificationStatus.Pending)
            throw VerificationRefusals.Closed(requestId, request.Status);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Answers to the requests of one case queue here, so exactly one of them sees that none is left open.
        await db.Applications.Where(a => a.Id == request.ApplicationId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Revision, a => a.Revision + 1), cancellationToken);
        var now = clock.GetUtcNow();
        // The claim: only a request still open, of a round whose wait is still open, takes the answer.
        var answered = await db.VerificationRequests
            .Where(v => v.Id == requestId && v.Status == VerificationStatus.Pending && db.Bookmarks.Any(b => b.Id == v.BookmarkId))
            .ExecuteUpdateAsync(s => s
                .SetProperty(v => v.Status, answer)
                .SetProperty(v => v.Comment, comment)
                .SetProperty(v => v.AnsweredBy, caller.UserId)
                .SetProperty(v => v.AnsweredAt, now), cancellationToken);
        if (answered == 0)
        {
            var status = await db.VerificationRequests.AsNoTracking().Where(v => v.Id == requestId).Select(v => v.Status).FirstAsync(cancellationToken);
            throw VerificationRefusals.Closed(requestId, status);
        }

        var round = await db.VerificationRequests.AsNoTracking()
            .Where(v => v.BookmarkId == request.BookmarkId)
            .ToListAsync(cancellationToken);
        if (round.All(v => v.Status != VerificationStatus.Pending))
            await ResumeRoundAsync(request, round, caller, comment, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await runtime.DispatchHeldAsync(cancellationToken);
        var saved = await db.VerificationRequests.AsNoTracking().FirstAsync(v => v.Id == requestId, cancellationToken);
        return VerificationView.From(saved) with { CaseNumber = await db.CaseNumberAsync(saved.ApplicationId, cancellationToken) };
    }

    private async Task ResumeRoundAsync(VerificationRequest request, List<VerificationRequest> round, Caller caller, string? comment, CancellationToken cancellationToken)
    {
        var outcome = round.Any(v => v.Status == VerificationStatus.Denied) ? CrossDistrictVerificationActivity.Denied
            : round.Any(v => v.Status == VerificationStatus.NotFound) ? CrossDistrictVerificationActivity.NotFound
            : CrossDistrictVerificationActivity.Confirmed;
        var answers = new JsonArray(round.Select(v => (JsonNode)new JsonObject
        {
            ["number"] = v.Number,
            ["subject"] = v.Subject,
            ["issuingDistrictCode"] = v.IssuingDistrictCode,
            ["answer"] = v.Status.ToString(),
            ["comment"] = v.Comment,
            ["answeredBy"] = v.AnsweredBy,
        }).ToArray());
        try
        {
            await runtime.ResumeAsync(request.BookmarkId, new ResumeStimulus(outcome, new JsonObject { ["answers"] = answers }, caller.UserId, comment), cancellationToken);
        }
        catch (NotWaitingRefusal)
        {
            // The round ended (its deadline, a withdrawal) between the claim and the resume: the transaction is not
            // committed, so the answer is not recorded either.
            throw VerificationRefusals.Closed(request.Id, VerificationStatus.Pending);
        }
    }
}
