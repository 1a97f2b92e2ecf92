using Approvals.Core.Access;
using Approvals.Core.Applications;
using Approvals.Core.Districts;
using Approvals.Core.Findings;
using Approvals.Core.Workflow;
using Approvals.UseCases.Data;
using Microsoft.EntityFrameworkCore;

namespace Approvals.UseCases.Cases;

/// <summary>
/// What the automatic check would find if a form were submitted now (the wizard's pre-check and
/// <c>POST /api/applications/precheck</c>): the same <see cref="AutomaticCheck"/> on the same registry facts as the
/// DocumentCheck step, on an application built from the form exactly as saving it would. Nothing is saved.
/// </summary>
public sealed class ApplicationPrecheck(
    IApprovalsDbContext db,
    ApplicationService applications,
    AutomaticCheck check,
    DistrictDirectory districts,
    TimeProvider clock)
{
    /// <param name="caller">The applicant.</param>
    /// <param name="form">The form as it would be saved.</param>
    /// <param name="applicationId">
    /// The caller's draft or case in correction the form belongs to: its type and uploaded documents count, and it is
    /// not a duplicate of itself. Without it, the form is judged as a new application with no documents yet.
    /// </param>
    public async Task<PrecheckView> CheckAsync(Caller caller, ApplicationForm form, string? applicationId, CancellationToken cancellationToken)
    {
        IReadOnlyList<Finding> problems;
        Application application;
        if (applicationId is null)
        {
            problems = applications.NewFormProblems(form);
            application = new Application { Id = "", Type = form.Type ?? default, ApplicantUserId = caller.UserId, ApplicantEmail = caller.Email ?? "" };
        }
        else
        {
            var existing = await applications.EditableAsync(caller, applicationId, cancellationToken);
            application = new Application { Id = existing.Id, Type = existing.Type, ApplicantUserId = caller.UserId, ApplicantEmail = caller.Email ?? "" };
            problems = [.. ApplicationFormValidator.Validate(form with { Type = existing.Type }, districts, creating: false),
                .. applications.FormProblems(existing.Type, form)];
            var kinds = await db.ApplicationDocuments.AsNoTracking().Where(d => d.ApplicationId == existing.Id).Select(d => d.Kind).ToListAsync(cancellationToken);
            application.Documents = [.. kinds.Select(kind => new ApplicationDocument
            {
                Id = "", ApplicationId = existing.Id, Kind = kind, FileName = "", Sha256 = "", UploadedBy = caller.UserId,
            })];
        }
        // A form that cannot be saved cannot be checked: its shape comes first, as saving it would say.
        if (problems.Count > 0)
            return new PrecheckView(problems);
        ApplicationFormValidator.ApplyTo(form, application, districts);
        await applications.DecideWhereTheRegistrationIsHeldAsync(application, cancellationToken);
        return new PrecheckView(await check.PrecheckAsync(application, ZoneTime.Today(clock.GetUtcNow()), cancellationToken));
    }

    /// <summary>
    /// What the automatic check would find if the caller's saved draft (or case in correction) were submitted now, read
    /// from the database as the DocumentCheck step reads it (<c>POST /api/applications/{id}/check</c>, the wizard).
    /// Another's case reads as missing; a case past submission cannot be checked again by its applicant.
    /// </summary>
    public async Task<PrecheckView> CheckSavedAsync(Caller caller, string applicationId, CancellationToken cancellationToken)
    {
        var saved = await applications.EditableAsync(caller, applicationId, cancellationToken);
        var findings = await check.CheckSavedAsync(saved.Id, ZoneTime.Today(clock.GetUtcNow()), cancellationToken)
            ?? throw new InvalidOperationException($"Application {saved.Id} was found for its applicant but not for the check.");
        return new PrecheckView(findings);
    }
}

/// <summary>The pre-check's answer: every finding (code, field or document, correctability, zh-CN/en message).</summary>
public sealed record PrecheckView(IReadOnlyList<Finding> Findings)
{
    /// <summary>Nothing found: submitted now, the case would be accepted (受理) as far as the automatic check goes.</summary>
    public bool Complete => Findings.Count == 0;

    /// <summary>A finding no correction can cure: submitted now, the case would be refused acceptance (不予受理).</summary>
    public bool WouldBeRefused => Findings.Any(f => !f.IsCorrectable);
}
