using Approvals.Core.Access;
using Approvals.Core.Activities;
using Approvals.Core.Applications;
using Approvals.Core.Districts;
using Approvals.Core.Findings;
using Approvals.Core.Settings;
using Approvals.UseCases.Data;
using Approvals.Text;
using Approvals.Workflows.Contracts;
using Approvals.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Approvals.UseCases.Instances;
using Approvals.UseCases.Records;

namespace Approvals.UseCases.Cases;

/// <summary>
/// The applicant's side of a case: draft, edit, submit (starts the type's procedure with correlation id =
/// application id, or answers a correction request), withdraw, and reading it back. Every method takes the
/// caller, and every access rule is <see cref="ApplicationAccess"/>.
/// </summary>
public sealed class ApplicationService(
    IApprovalsDbContext db,
    IWorkflowRuntime runtime,
    DistrictDirectory districts,
    IIdGenerator ids,
    ICaseNumbers caseNumbers,
    IOptionsMonitor<StatutoryLimitOptions> statutoryLimits,
    IOptionsMonitor<MetrologyOptions> metrology,
    IStatutoryClock statutoryClock,
    TimeProvider clock)
{
    public async Task<ApplicationDetails> CreateAsync(Caller caller, ApplicationForm form, CancellationToken cancellationToken)
    {
        var problems = NewFormProblems(form);
        if (string.IsNullOrWhiteSpace(caller.Email))
        {
            problems = [.. problems, new Finding(ApplicationFormValidator.RequiredCode, new LocalizedText(
                "您的账号没有电子邮箱地址；办理的每一步都会通过邮件通知您，请先补充邮箱。",
                "Your account has no e-mail address; the procedure e-mails you at every step."), "applicantEmail")];
        }
        if (problems.Count > 0)
            throw new CaseValidationException(problems);

        var now = clock.GetUtcNow();
        var application = new Application
        {
            Id = ids.NewId(),
            Type = form.Type!.Value,
            ApplicantUserId = caller.UserId,
            ApplicantEmail = caller.Email!,
            Status = ApplicationStatus.Draft,
            CreatedAt = now,
            UpdatedAt = now,
        };
        ApplicationFormValidator.ApplyTo(form, application, districts);
        application.Timeline.Add(new ApplicationTimelineEntry { ApplicationId = application.Id, Status = ApplicationStatus.Draft, At = now, Actor = caller.UserId });
        db.Applications.Add(application);
        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(caller, application.Id, cancellationToken);
    }

    /// <summary>The shape of a form for a new application, as saving it would judge it.</summary>
    internal IReadOnlyList<Finding> NewFormProblems(ApplicationForm form)
    {
        var problems = ApplicationFormValidator.Validate(form, districts, creating: true);
        if (form.Type is { } type && Enum.IsDefined(type))
            problems = [.. problems, .. FormProblems(type, form)];
        return problems;
    }

    internal IReadOnlyList<Finding> FormProblems(ApplicationType type, ApplicationForm form) => [
        .. CertificateClaimLimits.Check(type, form, metrology.CurrentValue.MaxCertificatesPerApplication),
        .. RecognisedRegistration.FormProblems(type, form.Level, form.RegistrationNumber)];

    public async Task<ApplicationDetails> UpdateAsync(Caller caller, string id, ApplicationForm form, CancellationToken cancellationToken)
    {
        var application = await EditableAsync(caller, id, cancellationToken);
        if (form.Type is { } type && type != application.Type)
        {
            throw new CaseValidationException([new Finding(ApplicationFormValidator.TypeChangedCode, new LocalizedText(
                "申请类型不能更改；请撤回这份申请，再新建一份。",
                "The type of an application cannot change; withdraw it and file a new one."), "type")]);
        }
        IReadOnlyList<Finding> problems = [
            .. ApplicationFormValidator.Validate(form, districts, creating: false),
            .. FormProblems(application.Type, form)];
        if (problems.Count > 0)
            throw new CaseValidationException(problems);
        ApplicationFormValidator.ApplyTo(form, application, districts);
        application.UpdatedAt = clock.GetUtcNow();
        application.Revision++;
        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(caller, id, cancellationToken);
    }

    /// <summary>Submits a draft (starts its procedure) or the corrections a procedure waits for.</summary>
    public async Task<ApplicationDetails> SubmitAsync(Caller caller, string id, CancellationToken cancellationToken)
    {
        var application = await EditableAsync(caller, id, cancellationToken);
        // Saved under a larger maximum, or before these rules existed: still never more than the type needs, nor a recognition of a non-registration.
        IReadOnlyList<Finding> refused = [
            .. CertificateClaimLimits.Check(application, metrology.CurrentValue.MaxCertificatesPerApplication),
            .. RecognisedRegistration.FormProblems(application.Type, (int?)application.Level, application.RegistrationNumber)];
        if (refused.Count > 0)
            throw new CaseValidationException(refused);
        if (application.Status == ApplicationStatus.AwaitingCorrections)
        {
            var bookmarkId = await db.Bookmarks.AsNoTracking()
                .Where(b => b.InstanceId == application.InstanceId && b.Kind == RequestCorrectionsActivity.BookmarkKind)
                .Select(b => b.Id).FirstOrDefaultAsync(cancellationToken)
                ?? throw new ConflictRefusal(new("办理流程已不再等待补正。", "The procedure is not waiting for corrections any more."));
            await runtime.ResumeAsync(bookmarkId, new ResumeStimulus(RequestCorrectionsActivity.Resubmitted, Actor: caller.UserId), cancellationToken);
            return await GetAsync(caller, id, cancellationToken);
        }

        await StartProcedureAsync(caller, application, cancellationToken);
        return await GetAsync(caller, id, cancellationToken);
    }

    /// <summary>
    /// Starts the case's procedure in the case's district. The link (application → instance) is committed before
    /// the first step runs, because the domain activities act only on the case whose own procedure they run in;
    /// a start that fails takes the link back.
    /// </summary>
    private async Task StartProcedureAsync(Caller caller, Application application, CancellationToken cancellationToken)
    {
        if (application.DistrictCode is not { } district)
            throw new CaseValidationException([ApplicationFindings.Required("employerDistrictCode", "用人单位所在区", "employer's district")]);
        // Kept when a failed start is tried again: a case is known by one number.
        application.CaseNumber ??= (await caseNumbers.NextAsync(district, cancellationToken)).ToString();
        var instanceId = ids.NewId();
        application.InstanceId = instanceId;
        application.Revision++;
        await db.SaveChangesAsync(cancellationToken);

        application.SubmittedAt = clock.GetUtcNow();
        application.Revision++;
        var input = ProcedureInput.For(application, districts, statutoryLimits.CurrentValue, application.SubmittedAt.Value);
        try
        {
            await runtime.StartAsync(new InstanceStart(Procedures.For(application.Type), CorrelationId: application.Id, Input: input,
                Actor: caller.UserId, District: application.DistrictCode, InstanceId: instanceId), cancellationToken);
        }
        catch
        {
            db.ChangeTracker.Clear();
            await db.Applications.Where(a => a.Id == application.Id && a.InstanceId == instanceId)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.InstanceId, (string?)null).SetProperty(a => a.Revision, a => a.Revision + 1), CancellationToken.None);
            throw;
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<ApplicationDetails> WithdrawAsync(Caller caller, string id, CancellationToken cancellationToken)
    {
        var application = await OwnAsync(caller, id, cancellationToken);
        if (application.Status.IsFinal())
            throw new ConflictRefusal(new(
                $"申请已是“{application.Status.DisplayName().ZhCn}”状态，不能撤回。", $"The application is already {application.Status}; it cannot be withdrawn."));
        if (application.InstanceId is { } instanceId
            && await db.WorkflowInstances.AnyAsync(i => i.Id == instanceId && i.Status != WorkflowStatus.Finished && i.Status != WorkflowStatus.Cancelled, cancellationToken))
        {
            await runtime.CancelAsync(instanceId, Caller.Admitted(caller.UserId), cancellationToken);
            application = await OwnAsync(caller, id, cancellationToken);
        }
        var now = clock.GetUtcNow();
        application.Status = ApplicationStatus.Withdrawn;
        application.UpdatedAt = now;
        application.Revision++;
        db.ApplicationTimeline.Add(new ApplicationTimelineEntry { ApplicationId = id, Status = ApplicationStatus.Withdrawn, At = now, Actor = caller.UserId });
        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(caller, id, cancellationToken);
    }

    public async Task<IReadOnlyList<ApplicationSummary>> ListMineAsync(Caller caller, CancellationToken cancellationToken)
    {
        var mine = await db.Applications.AsNoTracking().Where(a => a.ApplicantUserId == caller.UserId).ToListAsync(cancellationToken);
        return mine.OrderByDescending(a => a.CreatedAt).Select(a => a.Summary()).ToList();
    }

    public async Task<ApplicationDetails> GetAsync(Caller caller, string id, CancellationToken cancellationToken)
    {
        var application = await db.Applications.AsNoTracking()
            .Include(a => a.Documents).Include(a => a.Timeline)
            .FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (application is null || !ApplicationAccess.CanView(application, caller))
            throw CaseRefusals.NoApplication(id);
        var decisions = application.InstanceId is null
            ? []
            : await db.HumanTasks.AsNoTracking()
                .Where(t => t.InstanceId == application.InstanceId && t.Status == HumanTaskStatus.Completed)
                .Select(t => new DecisionView(t.ActivityId, t.Title, t.Outcome, t.Comment, t.CompletedBy, t.CompletedAt))
                .ToListAsync(cancellationToken);
        var verifications = await db.VerificationRequests.AsNoTracking().Where(v => v.ApplicationId == id).ToListAsync(cancellationToken);
        var timeLimit = await TimeLimitAsync(application, cancellationToken);
        return new ApplicationDetails(
            application.Summary(),
            application.ApplicantUserId,
            application.ApplicantEmail,
            application.Form(),
            application.Findings,
            application.Documents.OrderBy(d => d.UploadedAt).Select(d => d.View()).ToList(),
            application.Timeline.OrderBy(t => t.At).ThenBy(t => t.Id).Select(TimelineView.From).ToList(),
            decisions.OrderBy(d => d.DecidedAt).ToList(),
            verifications.OrderBy(v => v.CreatedAt).Select(v => VerificationView.From(v) with { CaseNumber = application.CaseNumber }).ToList(),
            application.InstanceId) { Decision = DecisionNoticeView.For(application, districts), TimeLimit = timeLimit };
    }

    /// <summary>The statutory limit of a case under way, so the applicant sees by when it is decided (and an extension's new date).</summary>
    private async Task<StatutoryClockView?> TimeLimitAsync(Application application, CancellationToken cancellationToken)
    {
        if (application.InstanceId is not { } instanceId || application.Status.IsFinal()
            || !await db.WorkflowInstances.AnyAsync(i => i.Id == instanceId, cancellationToken))
            return null;
        return await statutoryClock.GetAsync(instanceId, Caller.Admitted(null), cancellationToken);
    }

    /// <summary>The caller's own application, tracked; someone else's reads as not found.</summary>
    internal async Task<Application> OwnAsync(Caller caller, string id, CancellationToken cancellationToken)
    {
        var application = await db.Applications.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (application is null || !ApplicationAccess.CanView(application, caller))
            throw CaseRefusals.NoApplication(id);
        if (!ApplicationAccess.IsApplicant(application, caller))
            throw new ForbiddenRefusal(new("只有申请人本人可以修改申请。", "Only the applicant may change an application."));
        return application;
    }

    internal async Task<Application> EditableAsync(Caller caller, string id, CancellationToken cancellationToken)
    {
        var application = await OwnAsync(caller, id, cancellationToken);
        if (!ApplicationAccess.CanEdit(application, caller))
            throw new ConflictRefusal(new(
                $"申请当前状态为“{application.Status.DisplayName().ZhCn}”；只有草稿或待补正的申请可以修改。",
                $"The application is {application.Status}; it can be changed only as a draft or while corrections are requested."));
        return application;
    }
}
