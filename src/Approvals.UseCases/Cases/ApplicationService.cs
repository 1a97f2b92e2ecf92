using System.Globalization;
using Approvals.Core.Access;
using Approvals.Core.Activities;
using Approvals.Core.Applications;
using Approvals.Core.Districts;
using Approvals.Core.Findings;
using Approvals.Core.Registry;
using Approvals.Core.Settings;
using Approvals.Core.Workflow;
using Approvals.UseCases.Data;
using Approvals.Text;
using Approvals.Workflows.Contracts;
using Approvals.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Approvals.UseCases.Instances;
using Approvals.UseCases.OfficialDocuments;
using Approvals.UseCases.Records;

using Approvals.Workflows.Models;

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
    AutomaticCheck automaticCheck,
    TimeProvider clock)
{
    public async Task<ApplicationDetails> CreateAsync(Caller caller, ApplicationForm form, CancellationToken cancellationToken)
    {
        if (form.Type == ApplicationType.Revocation)
            throw new ForbiddenRefusal(Texts.Text(Texts.ApplicationService_OnlyBureauRevokes));
        var problems = NewFormProblems(form);
        if (string.IsNullOrWhiteSpace(caller.Email))
        {
            problems = [.. problems, new Finding(ApplicationFormValidator.RequiredCode, Texts.Text(Texts.ApplicationService_YourAccountHasNoEMail), "applicantEmail")];
        }
        if (problems.Count > 0)
            throw new CaseValidationException(problems);

        var now = clock.GetUtcNow();
        var application = Application.Draft(ids.NewId(), form.Type!.Value, caller.UserId, caller.Email!, now);
        ApplicationFormValidator.ApplyTo(form, application, districts);
        await DecideWhereTheRegistrationIsHeldAsync(application, cancellationToken);
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
        .. RecognisedRegistration.FormProblems(type, form.Level),
        .. ChangeOfRegistration.FormProblems(type, form.Level)];

    public async Task<ApplicationDetails> UpdateAsync(Caller caller, string id, ApplicationForm form, CancellationToken cancellationToken)
    {
        var application = await EditableAsync(caller, id, cancellationToken);
        if (form.Type is { } type && type != application.Type)
        {
            throw new CaseValidationException([new Finding(ApplicationFormValidator.TypeChangedCode, Texts.Text(Texts.ApplicationService_TypeOfApplicationCannotChangeWithdraw), "type")]);
        }
        IReadOnlyList<Finding> problems = [
            .. ApplicationFormValidator.Validate(form, districts, creating: false),
            .. FormProblems(application.Type, form)];
        if (problems.Count > 0)
            throw new CaseValidationException(problems);
        ApplicationFormValidator.ApplyTo(form, application, districts);
        await DecideWhereTheRegistrationIsHeldAsync(application, cancellationToken);
        application.RecordEdit(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(caller, id, cancellationToken);
    }

    /// <summary>Submits a draft (starts its procedure) or the corrections a procedure waits for.</summary>
    public async Task<ApplicationDetails> SubmitAsync(Caller caller, string id, CancellationToken cancellationToken)
    {
        var application = await EditableAsync(caller, id, cancellationToken);
        application.EnsureConfirmedByStaff();
        // Saved under a larger maximum, or before these rules existed: still never more than the type needs, nor a typed level the registry decides.
        IReadOnlyList<Finding> refused = [
            .. CertificateClaimLimits.Check(application, metrology.CurrentValue.MaxCertificatesPerApplication),
            .. RecognisedRegistration.FormProblems(application.Type, (int?)application.Level),
            .. ChangeOfRegistration.FormProblems(application.Type, (int?)application.Level)];
        if (refused.Count > 0)
            throw new CaseValidationException(refused);
        if (application.Status == ApplicationStatus.AwaitingCorrections)
        {
            var bookmarkId = await db.Bookmarks.AsNoTracking()
                .Where(b => b.InstanceId == application.InstanceId && b.Kind == RequestCorrectionsActivity.BookmarkKind)
                .Select(b => b.Id).FirstOrDefaultAsync(cancellationToken)
                ?? throw new ConflictRefusal(Texts.Text(Texts.ApplicationService_ProcedureIsNotWaitingForCorrections));
            await runtime.ResumeAsync(bookmarkId, new ResumeStimulus(RequestCorrectionsActivity.Resubmitted, Actor: caller.UserId), cancellationToken);
            return await GetAsync(caller, id, cancellationToken);
        }

        await StartProcedureAsync(caller, application, cancellationToken);
        return await GetAsync(caller, id, cancellationToken);
    }

    /// <summary>
    /// The one place a case's district is decided: the registry says where the registration the case names is held
    /// now (its number is an opaque identifier and says nothing; a change of employer may have moved it), and
    /// <see cref="Application.PlaceWhereDecided"/> decides from that. Asked again at submission, as the registry may
    /// have changed since the draft was saved.
    /// </summary>
    internal async Task DecideWhereTheRegistrationIsHeldAsync(Application application, CancellationToken cancellationToken)
    {
        var number = application.NamesRegistration ? RegistryNumbers.NormalizeOrNull(application.RegistrationNumber) : null;
        var heldIn = number is null ? null
            : await db.Registrations.AsNoTracking().Where(r => r.Number == number).Select(r => r.DistrictCode).FirstOrDefaultAsync(cancellationToken);
        application.PlaceWhereDecided(heldIn);
    }

    /// <summary>
    /// Submits the case and starts its procedure in the case's district as ONE transaction: the case's number, its
    /// link to the instance, its submitted state and the instance's first step commit together or not at all (the step's
    /// commit saves the tracked case with the instance's rows). The first step's domain activities read the case as
    /// submitted (<see cref="CaseUnderSubmission"/>), since it is not committed yet. The step runs with a stand-in for
    /// the case's number, which the commit takes last (<see cref="ICaseNumbers"/>): no submission waits for another's
    /// automatic check and first step, and one that fails or is refused leaves the draft as it was and takes no number,
    /// so a bureau's case numbers run without gaps.
    /// </summary>
    internal async Task StartProcedureAsync(Caller caller, Application application, CancellationToken cancellationToken)
    {
        await DecideWhereTheRegistrationIsHeldAsync(application, cancellationToken);
        // No district to decide it: the registry holds no registration under the number, and no employer's district was given.
        if (application.DistrictCode is null && application.NamesRegistration && application.RegistrationNumber is { } unknown)
        {
            // The automatic check's own words for the number: a likely typo of the holder's own, or not in the registry.
            var findings = await automaticCheck.PrecheckAsync(application, ZoneTime.Today(clock.GetUtcNow()), cancellationToken);
            throw new CaseValidationException([.. findings.Where(f => f.Field == "registrationNumber").DefaultIfEmpty(RegistrationEndingChecks.NotFound(unknown))]);
        }
        if (application.DistrictCode is not { } district)
            throw new CaseValidationException([ApplicationFindings.Required("employerDistrictCode", Texts.Text(Texts.ApplicationService_EmployerSDistrict))]);
        try
        {
            // The first step's automatic check reads the case with its documents.
            await db.Entry(application).Collection(a => a.Documents).LoadAsync(cancellationToken);
            var caseNumber = application.CaseNumber ?? caseNumbers.StandIn(district);
            var submittedAt = clock.GetUtcNow();
            application.Submit(caseNumber, ids.NewId(), submittedAt, caller.UserId);
            var input = ProcedureInput.For(application, districts, statutoryLimits.CurrentValue, submittedAt);
            using (CaseUnderSubmission.Begin(application))
            {
                await runtime.StartAsync(new InstanceStart(Procedures.For(application.Type), CorrelationId: application.Id, Input: input,
                    Actor: caller.UserId, District: application.DistrictCode, InstanceId: application.InstanceId), cancellationToken);
            }
        }
        catch
        {
            db.ChangeTracker.Clear();
            throw;
        }
    }

    /// <summary>
    /// The staff member confirms that what their employer filed for them is true and accurate (我确认以上信息真实准确);
    /// only then can the case be submitted. The staff member submits it: the declaration is theirs.
    /// </summary>
    public async Task<ApplicationDetails> ConfirmAsync(Caller caller, string id, CancellationToken cancellationToken)
    {
        var application = await OwnAsync(caller, id, cancellationToken);
        application.ConfirmByStaff(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(caller, id, cancellationToken);
    }

    public async Task<ApplicationDetails> WithdrawAsync(Caller caller, string id, CancellationToken cancellationToken)
    {
        var application = await OwnAsync(caller, id, cancellationToken);
        application.EnsureWithdrawable();
        if (application.InstanceId is { } instanceId
            && await db.WorkflowInstances.AnyAsync(i => i.Id == instanceId && i.Status != WorkflowStatus.Finished && i.Status != WorkflowStatus.Cancelled, cancellationToken))
        {
            await runtime.CancelAsync(instanceId, Caller.Admitted(caller.UserId), cancellationToken);
            application = await OwnAsync(caller, id, cancellationToken);
        }
        application.Withdraw(clock.GetUtcNow(), caller.UserId);
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
        if (CaseReadLog.Add(db, application, caller, "case", clock.GetUtcNow()))
            await db.SaveChangesAsync(cancellationToken);
        var english = PerLanguage.IsEnglish(CultureInfo.CurrentUICulture.Name);
        var decisions = application.InstanceId is null
            ? []
            : await db.HumanTasks.AsNoTracking()
                .Where(t => t.InstanceId == application.InstanceId && t.Status == HumanTaskStatus.Completed)
                .Select(t => new DecisionView(t.ActivityId, english && t.TitleEn != null ? t.TitleEn : t.Title, t.Outcome, t.Comment, t.CompletedBy, t.CompletedAt))
                .ToListAsync(cancellationToken);
        var verifications = await db.VerificationRequests.AsNoTracking().Where(v => v.ApplicationId == id).ToListAsync(cancellationToken);
        var timeLimit = await TimeLimitAsync(application, cancellationToken);
        var stepDocuments = (await db.IssuedDocuments.AsNoTracking().Where(d => d.ApplicationId == id && d.TimelineEntryId != null).ToListAsync(cancellationToken))
            .ToLookup(d => d.TimelineEntryId!.Value);
        var ending = RegistrationEndingView.For(application) is { } found && application.Status == ApplicationStatus.AwaitingStatement
            ? found with { StatementDueAt = await StatementDueAtAsync(application.InstanceId, cancellationToken) }
            : RegistrationEndingView.For(application);
        return new ApplicationDetails(
            application.Summary(),
            application.ApplicantUserId,
            application.ApplicantEmail,
            application.Form(),
            application.Findings,
            application.Documents.OrderBy(d => d.UploadedAt).Select(d => d.View()).ToList(),
            application.Timeline.OrderBy(t => t.At).ThenBy(t => t.Id)
                .Select(t => TimelineView.From(t, stepDocuments[t.Id].Select(OfficialDocumentView.Of).FirstOrDefault())).ToList(),
            decisions.OrderBy(d => d.DecidedAt).ToList(),
            verifications.OrderBy(v => v.CreatedAt).Select(v => VerificationView.From(v) with { CaseNumber = application.CaseNumber }).ToList(),
            application.InstanceId)
        {
            Decision = DecisionNoticeView.For(application, districts), TimeLimit = timeLimit, Ending = ending,
            FiledBy = application.FiledBy, StaffConfirmedAt = application.StaffConfirmedAt,
        };
    }

    /// <summary>The deadline of the open statement bookmark (陈述申辩), when the procedure waits for one.</summary>
    internal async Task<DateTimeOffset?> StatementDueAtAsync(string? instanceId, CancellationToken cancellationToken) =>
        await db.Bookmarks.AsNoTracking()
            .Where(b => b.InstanceId == instanceId && b.Kind == AwaitStatementActivity.BookmarkKind)
            .Select(b => b.DueAt).FirstOrDefaultAsync(cancellationToken);

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
            throw new ForbiddenRefusal(Texts.Text(Texts.ApplicationService_OnlyApplicantMayChangeApplication));
        return application;
    }

    internal async Task<Application> EditableAsync(Caller caller, string id, CancellationToken cancellationToken)
    {
        var application = await OwnAsync(caller, id, cancellationToken);
        application.EnsureEditable();
        return application;
    }
}
