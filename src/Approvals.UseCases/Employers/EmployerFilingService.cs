using Approvals.Core.Access;
using Approvals.Core.Applications;
using Approvals.Core.Checks;
using Approvals.Core.Districts;
using Approvals.Core.Findings;
using Approvals.Text;
using Approvals.UseCases.Cases;
using Approvals.UseCases.Data;
using Approvals.Workflows.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Approvals.UseCases.Employers;

/// <summary>
/// An employer files applications for its staff in a batch (通过执业单位统一申请) and follows them. Each row becomes
/// a draft owned by the staff member (their applicant account, or one they are invited to), marked as filed by the
/// employer's credit code; the staff member confirms the data and submits it (<see cref="ApplicationService.ConfirmAsync"/>).
/// A batch with any wrong row is refused whole, every problem named by its row; nothing is created.
/// </summary>
public sealed class EmployerFilingService(
    IApprovalsDbContext db,
    ApplicationService applications,
    IStaffAccounts accounts,
    DistrictDirectory districts,
    IIdGenerator ids,
    TimeProvider clock)
{
    /// <summary>The most staff members one batch files for.</summary>
    public const int MaxBatchSize = 50;

    public const string DuplicateCode = "Batch.Duplicate";
    public const string NotApplicantCode = "Batch.NotApplicant";
    public const string EmailCode = "Batch.Email";

    public async Task<IReadOnlyList<EmployerCaseView>> FileAsync(Caller caller, EmployerBatchForm form, CancellationToken cancellationToken)
    {
        var employer = Employer(caller);
        var rows = form.Staff ?? [];
        var problems = await ProblemsAsync(employer, rows, cancellationToken);
        if (problems.Count > 0)
            throw new CaseValidationException([.. problems.Select(p => p.Listed)], [.. problems.Select(p => p.AtField)]);

        var now = clock.GetUtcNow();
        var filed = new List<Application>();
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            foreach (var row in rows)
            {
                var email = row.Email!.Trim();
                var culture = ApplicantCultures.Normalize(row.Culture);
                var existing = await accounts.FindAsync(email, cancellationToken);
                var userId = existing?.UserId ?? await accounts.InviteAsync(email, row.PersonName!.Trim(), culture, cancellationToken);
                var application = Application.FiledByEmployer(ids.NewId(), row.Type!.Value, userId, email, employer.CreditCode, caller.UserId, now);
                ApplicationFormValidator.ApplyTo(FormOf(employer, row), application, districts);
                await applications.DecideWhereTheRegistrationIsHeldAsync(application, cancellationToken);
                db.Applications.Add(application);
                filed.Add(application);
                await accounts.QueueFilingMailAsync(new StaffFilingMail(application.Id, userId, email, application.PersonName!, culture,
                    employer.Name, application.Type.DisplayName(), Invited: existing is null), cancellationToken);
            }
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            db.ChangeTracker.Clear();
            throw;
        }
        await accounts.DispatchQueuedAsync(cancellationToken);
        var awaiting = await accounts.AwaitingInvitationAsync(filed.Select(a => a.ApplicantUserId).Distinct().ToList(), cancellationToken);
        return filed.Select(a => View(a, awaiting)).ToList();
    }

    /// <summary>Every case the caller's enterprise filed, newest first.</summary>
    public async Task<IReadOnlyList<EmployerCaseView>> ListAsync(Caller caller, CancellationToken cancellationToken)
    {
        var creditCode = Employer(caller).CreditCode;
        var cases = await db.Applications.AsNoTracking().Where(a => a.FiledBy == creditCode).ToListAsync(cancellationToken);
        var awaiting = await accounts.AwaitingInvitationAsync(cases.Select(a => a.ApplicantUserId).Distinct().ToList(), cancellationToken);
        return cases.OrderByDescending(a => a.CreatedAt).ThenBy(a => a.PersonName)
            .Select(a => View(a, awaiting)).ToList();
    }

    /// <summary>One case the caller's enterprise filed; another employer's, or one filed by nobody, reads as not found.</summary>
    public async Task<EmployerCaseView> GetAsync(Caller caller, string id, CancellationToken cancellationToken)
    {
        var application = await FiledCaseAsync(Employer(caller), id, cancellationToken);
        return View(application, await accounts.AwaitingInvitationAsync([application.ApplicantUserId], cancellationToken));
    }

    /// <summary>
    /// Sends the staff member of a case the caller's enterprise filed a new invitation: a new link, every earlier one
    /// invalid, by mail through the outbox — for an invitation expired or simply not yet accepted.
    /// </summary>
    /// <exception cref="NotFoundRefusal">no such case, or another employer's.</exception>
    /// <exception cref="ConflictRefusal">the staff member accepted the invitation already (their account has a password).</exception>
    public async Task<EmployerCaseView> ResendInvitationAsync(Caller caller, string id, CancellationToken cancellationToken)
    {
        var employer = Employer(caller);
        var application = await FiledCaseAsync(employer, id, cancellationToken);
        var invitation = new StaffInvitation(application.Id, application.ApplicantUserId, application.ApplicantEmail,
            application.PersonName ?? application.ApplicantEmail, employer.Name, application.Type.DisplayName());
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            if (!await accounts.QueueInvitationAgainAsync(invitation, cancellationToken))
                throw new ConflictRefusal(Texts.Text(Texts.EmployerFiling_InvitationAccepted, application.ApplicantEmail));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        await accounts.DispatchQueuedAsync(cancellationToken);
        return View(application, new HashSet<string> { application.ApplicantUserId });
    }

    private async Task<Application> FiledCaseAsync(EmployerAccount employer, string id, CancellationToken cancellationToken) =>
        await db.Applications.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id && a.FiledBy == employer.CreditCode, cancellationToken)
        ?? throw CaseRefusals.NoApplication(id);

    private EmployerCaseView View(Application application, IReadOnlySet<string> awaitingInvitation) =>
        EmployerCaseView.From(application, DecisionNoticeView.For(application, districts)) with { InvitationPending = awaitingInvitation.Contains(application.ApplicantUserId) };

    /// <returns>Each problem as the list names it (with its row and person) and as its field shows it (the row is shown around it).</returns>
    private async Task<IReadOnlyList<(Finding Listed, Finding AtField)>> ProblemsAsync(EmployerAccount employer, IReadOnlyList<StaffFiling> rows, CancellationToken cancellationToken)
    {
        if (rows.Count is 0 or > MaxBatchSize)
        {
            var size = new Finding(ApplicationFormValidator.RequiredCode, Texts.Text(Texts.EmployerFiling_BatchSize, MaxBatchSize), "staff");
            return [(size, size)];
        }
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var problems = new List<(Finding, Finding)>();
        var emails = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var idNumbers = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var rowProblems = new List<Finding>();
            if (row.Type is null)
                rowProblems.Add(ApplicationFindings.Required("type", Texts.Text(Texts.EmployerFiling_Type)));
            if (string.IsNullOrWhiteSpace(row.PersonName))
                rowProblems.Add(ApplicationFindings.Required("personName", Texts.Text(Texts.EmployerFiling_PersonName)));
            if (string.IsNullOrWhiteSpace(row.IdNumber))
                rowProblems.Add(ApplicationFindings.Required("idNumber", Texts.Text(Texts.EmployerFiling_IdNumber)));
            else if (ResidentIdNumber.Check(row.IdNumber, today, "idNumber") is { Value: null } id)
                rowProblems.AddRange(id.Findings);
            else if (!idNumbers.Add(row.IdNumber.Trim().ToUpperInvariant()))
                rowProblems.Add(new Finding(DuplicateCode, Texts.Text(Texts.EmployerFiling_DuplicateIdNumber), "idNumber"));
            rowProblems.AddRange(await EmailProblemsAsync(row.Email, emails, cancellationToken));
            rowProblems.AddRange(applications.NewFormProblems(FormOf(employer, row)));
            var name = string.IsNullOrWhiteSpace(row.PersonName) ? "—" : row.PersonName.Trim();
            var place = i;
            problems.AddRange(rowProblems.DistinctBy(p => (p.Code, p.Field)).Select(p => p with { Field = $"staff[{place}].{p.Field}" })
                .Select(p => (p with { Message = Texts.Text(Texts.EmployerFiling_Row, place + 1, name, p.Message.ZhCn, p.Message.En) }, p)));
        }
        return problems;
    }

    private async Task<IReadOnlyList<Finding>> EmailProblemsAsync(string? email, HashSet<string> seen, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(email))
            return [ApplicationFindings.Required("email", Texts.Text(Texts.EmployerFiling_Email))];
        if (!EmailAddress.IsValid(email))
            return [new Finding(EmailCode, Texts.Text(Texts.EmployerFiling_EmailInvalid, email.Trim()), "email")];
        if (!seen.Add(email.Trim()))
            return [new Finding(DuplicateCode, Texts.Text(Texts.EmployerFiling_DuplicateEmail), "email")];
        if (await accounts.FindAsync(email.Trim(), cancellationToken) is { IsApplicant: false })
            return [new Finding(NotApplicantCode, Texts.Text(Texts.EmployerFiling_EmailNotApplicant, email.Trim()), "email")];
        return [];
    }

    private static ApplicationForm FormOf(EmployerAccount employer, StaffFiling row) => new(
        row.Type, row.PersonName, row.IdNumber, row.Phone, employer.Name, employer.CreditCode, employer.DistrictCode, EmployerAddress: null,
        row.Level, row.QualificationCertificateNumber, QualificationIssuedOn: null, row.RegistrationNumber, row.Projects, Certificates: null,
        ApplicantCultures.Normalize(row.Culture));

    /// <exception cref="ForbiddenRefusal">the caller is not an enterprise account.</exception>
    private static EmployerAccount Employer(Caller caller) =>
        caller.IsEmployer && caller.EnterpriseCreditCode is { } code && caller.DistrictCode is { } district
            ? new EmployerAccount(code, caller.EnterpriseName ?? code, district)
            : throw new ForbiddenRefusal(Texts.Text(Texts.EmployerFiling_OnlyEmployers));

    private sealed record EmployerAccount(string CreditCode, string Name, string DistrictCode);
}
