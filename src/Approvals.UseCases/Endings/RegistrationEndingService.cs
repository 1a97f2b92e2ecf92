using Approvals.Core.Access;
using Approvals.Core.Activities;
using Approvals.Core.Applications;
using Approvals.Core.Findings;
using Approvals.Core.Registry;
using Approvals.Core.Workflow;
using Approvals.Text;
using Approvals.UseCases.Cases;
using Approvals.UseCases.Data;
using Approvals.UseCases.Documents;
using Approvals.UseCases.Instances;
using Approvals.Workflows.Contracts;
using Approvals.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace Approvals.UseCases.Endings;

/// <summary>
/// The bureau's side of ending a registration: a regulator of the registration's district starts a cancellation
/// (注销, on a ground) or a revocation (撤销) with the reason and the evidence, as a case of the holder's that the
/// holder follows; and the holder's statement (陈述申辩) against an intended revocation. A registration of another
/// district answers exactly like a missing one.
/// </summary>
public sealed class RegistrationEndingService(
    IApprovalsDbContext db,
    ApplicationService applications,
    DocumentService documents,
    AutomaticCheck check,
    IWorkflowRuntime runtime,
    IIdGenerator ids,
    TimeProvider clock)
{
    /// <summary>The id a holder with no account of their own is recorded under: nobody signs in as it.</summary>
    public const string HolderWithoutAccountPrefix = "registry-holder:";

    /// <exception cref="ForbiddenRefusal">the caller is not a regulator.</exception>
    /// <exception cref="NotFoundRefusal">no registration with that number in the caller's district.</exception>
    public async Task<ApplicationDetails> StartAsync(Caller caller, ApplicationType type, string number, BureauEndingRequest request, CancellationToken cancellationToken)
    {
        if (!caller.Roles.Contains(ApprovalsRoles.Regulator))
            throw new ForbiddenRefusal(Texts.Text(Texts.RegistrationEndingService_OnlyRegulatorsStart));
        if (!type.EndsRegistration())
            throw new InvalidOperationException($"{type} does not end a registration.");
        var normalized = RegistryNumbers.Normalize(number);
        var registration = await db.Registrations.AsNoTracking().Include(r => r.Person)
            .FirstOrDefaultAsync(r => r.Number == normalized, cancellationToken);
        if (registration is null || registration.DistrictCode != caller.DistrictCode)
            throw new NotFoundRefusal(Texts.Text(Texts.RegistrationEndingService_NoSuchRegistration, normalized));
        RequestProblems(type, request);
        var accepted = await documents.InspectAllAsync(request.Evidence, cancellationToken);
        var (holderUserId, holderEmail) = await HolderAsync(registration, cancellationToken);

        var now = clock.GetUtcNow();
        var application = Application.Draft(ids.NewId(), type, holderUserId, holderEmail, now);
        application.StartedByUserId = caller.UserId;
        application.Culture = registration.Person!.Culture;
        application.PersonName = registration.Person.Name;
        application.IdNumber = registration.Person.IdNumber;
        application.RegistrationNumber = registration.Number;
        application.Level = registration.Level;
        application.PlaceWhereDecided(registration.DistrictCode);
        application.Reason = request.Reason.Trim();
        application.Ground = type == ApplicationType.Cancellation ? request.Ground : null;
        // The automatic check of the first step must pass: what it would find is refused here, before anything is saved.
        application.Documents = accepted.Select(a => new ApplicationDocument
        {
            Id = "", ApplicationId = application.Id, Kind = DocumentKind.Evidence, FileName = a.FileName, ContentType = a.ContentType, Sha256 = a.Sha256, UploadedBy = caller.UserId,
        }).ToList();
        var findings = await check.PrecheckAsync(application, ZoneTime.Today(now), cancellationToken);
        if (findings.Count > 0)
            throw new CaseValidationException(findings);
        application.Documents = [];

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            db.Applications.Add(application);
            foreach (var upload in accepted)
                await documents.StoreAsync(application.Id, DocumentKind.Evidence, upload, caller.UserId, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        await applications.StartProcedureAsync(caller, application, cancellationToken);
        return await applications.GetAsync(caller, application.Id, cancellationToken);
    }

    /// <summary>The holder states their case while the revocation waits for it; the procedure goes on to its decision.</summary>
    /// <exception cref="ConflictRefusal">the case is not waiting for a statement (the deadline passed, or one was made).</exception>
    public async Task<ApplicationDetails> SubmitStatementAsync(Caller caller, string id, string? text, IReadOnlyList<UploadedFile> files, CancellationToken cancellationToken)
    {
        var application = await applications.OwnAsync(caller, id, cancellationToken);
        var statement = text?.Trim();
        if (string.IsNullOrEmpty(statement) || statement.Length > Application.StatementMaxLength)
            throw new CaseValidationException([new Finding(ApplicationFormValidator.RequiredCode, Texts.Text(Texts.RegistrationEndingService_StatementRequired, Application.StatementMaxLength), "text")]);
        var accepted = await documents.InspectAllAsync(files, cancellationToken);
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            application.RecordStatement(statement, clock.GetUtcNow(), caller.UserId);
            foreach (var upload in accepted)
                await documents.StoreAsync(application.Id, DocumentKind.Evidence, upload, caller.UserId, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            var bookmark = await db.Bookmarks.AsNoTracking()
                .Where(b => b.InstanceId == application.InstanceId && b.Kind == AwaitStatementActivity.BookmarkKind)
                .Select(b => new { b.Id, b.DueAt }).FirstOrDefaultAsync(cancellationToken)
                ?? throw new ConflictRefusal(Texts.Text(Texts.RegistrationEndingService_NotWaitingForStatement));
            // The deadline's timer may not have run yet: past the deadline a statement comes too late all the same.
            if (bookmark.DueAt is { } dueAt && dueAt <= clock.GetUtcNow())
                throw new ConflictRefusal(Texts.Text(Texts.RegistrationEndingService_StatementDeadlinePassed, ReadableDates.DateTime(dueAt)));
            await transaction.CommitAsync(cancellationToken);
            await runtime.ResumeAsync(bookmark.Id, new ResumeStimulus(AwaitStatementActivity.Stated, Actor: caller.UserId), cancellationToken);
        }
        return await applications.GetAsync(caller, id, cancellationToken);
    }

    private static void RequestProblems(ApplicationType type, BureauEndingRequest request)
    {
        var problems = new List<Finding>();
        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Trim().Length > Application.ReasonMaxLength)
            problems.Add(new Finding(ApplicationFormValidator.RequiredCode, Texts.Text(Texts.RegistrationEndingService_ReasonRequired, Application.ReasonMaxLength), "reason"));
        if (type == ApplicationType.Cancellation && request.Ground is null or CancellationGround.HolderRequest)
        {
            var grounds = string.Join(", ", Enum.GetValues<CancellationGround>().Where(g => g != CancellationGround.HolderRequest));
            problems.Add(new Finding(ApplicationFormValidator.RequiredCode, Texts.Text(Texts.RegistrationEndingService_GroundRequired, grounds), "ground"));
        }
        if (request.Evidence.Count == 0)
            problems.Add(new Finding(ApplicationFormValidator.RequiredCode, Texts.Text(Texts.RegistrationEndingService_EvidenceRequired), "evidence"));
        if (problems.Count > 0)
            throw new CaseValidationException(problems);
    }

    /// <summary>
    /// Who follows the case as its holder: the applicant of the case that issued the registration, or, for a record
    /// carried over, the person's e-mail in the registry under an id nobody signs in as.
    /// </summary>
    private async Task<(string UserId, string Email)> HolderAsync(Registration registration, CancellationToken cancellationToken)
    {
        var issuing = registration.ApplicationId is { } applicationId
            ? await db.Applications.AsNoTracking().Where(a => a.Id == applicationId).Select(a => new { a.ApplicantUserId, a.ApplicantEmail }).FirstOrDefaultAsync(cancellationToken)
            : null;
        if (issuing is not null)
            return (issuing.ApplicantUserId, issuing.ApplicantEmail);
        if (registration.Person?.Email is { Length: > 0 } email)
            return (HolderWithoutAccountPrefix + registration.PersonId, email);
        throw new ConflictRefusal(Texts.Text(Texts.RegistrationEndingService_HolderHasNoEmail, registration.Number, registration.PersonId));
    }
}

/// <param name="Ground">For a cancellation: why the bureau cancels (not <see cref="CancellationGround.HolderRequest"/>).</param>
/// <param name="Evidence">At least one document.</param>
public sealed record BureauEndingRequest(string Reason, CancellationGround? Ground, IReadOnlyList<UploadedFile> Evidence);
