using Approvals.Core.Findings;
using Approvals.Core.Registry;
using Approvals.Text;

namespace Approvals.Core.Applications;

/// <summary>
/// A case filed by an applicant. Its jurisdiction (<see cref="DistrictCode"/>) is always the employer's
/// district, never the ID number's region prefix. Once submitted it is driven by a workflow instance whose
/// correlation id is <see cref="Id"/>.
/// <para>
/// An aggregate: its state (status, link, number, findings, issued number, timeline, revision) changes only
/// through its methods, each of which enforces its rule, records its timeline entry and bumps
/// <see cref="Revision"/>. The <c>init</c> accessors are for loading and for tests that set a case up in a given
/// state; EF Core reads and writes the backing fields.
/// </para>
/// </summary>
public sealed partial class Application
{
    private ApplicationStatus _status;
    private string? _caseNumber;
    private string? _instanceId;
    private DateTimeOffset _updatedAt;
    private DateTimeOffset? _submittedAt;
    private DateTimeOffset? _acceptedAt;
    private DateTimeOffset? _decidedAt;
    private DateTimeOffset? _decisionDueAt;
    private DateTimeOffset? _staffConfirmedAt;
    private readonly List<ApplicationTimelineEntry> _timeline = [];

    public required string Id { get; init; }

    /// <summary>The number people read the case by (<see cref="Applications.CaseNumber"/>); assigned at submission.</summary>
    public string? CaseNumber { get => _caseNumber; init => _caseNumber = value; }

    public ApplicationType Type { get; init; }
    public required string ApplicantUserId { get; init; }
    public required string ApplicantEmail { get; init; }
    public ApplicationStatus Status { get => _status; init => _status = value; }

    /// <summary>The language the applicant reads mail in (<see cref="ApplicantCultures"/>).</summary>
    public string Culture { get; set; } = ApplicantCultures.Default;

    /// <summary>
    /// The district that decides: the employer's, or for a renewal, cancellation or revocation the district the registry
    /// holds the registration in (<see cref="PlaceWhereDecided"/>).
    /// </summary>
    public string? DistrictCode { get; set; }

    /// <summary>
    /// The district the registry holds the registration this case names in (renewal, recognition, change,
    /// cancellation, revocation), as the registry said when the case was last saved or submitted; null when it holds
    /// none under that number.
    /// </summary>
    public string? NamedRegistrationDistrictCode { get; set; }

    public string? PersonName { get; set; }
    public string? IdNumber { get; set; }
    public string? Phone { get; set; }

    public string? EmployerName { get; set; }
    public string? EmployerCreditCode { get; set; }
    public string? EmployerDistrictCode { get; set; }
    public string? EmployerAddress { get; set; }

    /// <summary>The level applied for (registration) or held (recognition, renewal).</summary>
    public MetrologistLevel? Level { get; set; }

    public string? QualificationCertificateNumber { get; set; }
    public DateOnly? QualificationIssuedOn { get; set; }

    /// <summary>
    /// The registration renewed, recognised, changed or ended, by the number it was issued under (<see cref="RegistryNumbers"/>:
    /// the platform's own or a province's, read as an opaque identifier).
    /// </summary>
    public string? RegistrationNumber { get; set; }

    public List<string> Projects { get; set; } = [];
    public List<CertificateClaim> Certificates { get; set; } = [];

    /// <summary>What the last automatic check or correction request asked the applicant to fix.</summary>
    public List<Finding> Findings { get; private set; } = [];

    /// <summary>The number of the registration or recognition issued for this case.</summary>
    public string? IssuedNumber { get; private set; }

    /// <summary>The procedure the submission started and linked: the only instance that may act on this case.</summary>
    public string? InstanceId { get => _instanceId; init => _instanceId = value; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get => _updatedAt; init => _updatedAt = value; }
    public DateTimeOffset? SubmittedAt { get => _submittedAt; init => _submittedAt = value; }

    /// <summary>
    /// When the automatic check found the case complete and it was accepted (受理, 行政许可法 art. 32 (5)): the statutory
    /// limit runs from here (art. 42). Null before, and for a case refused acceptance or started by the bureau.
    /// </summary>
    public DateTimeOffset? AcceptedAt { get => _acceptedAt; init => _acceptedAt = value; }

    /// <summary>When its procedure approved or rejected the case; null while open and for a case that ended otherwise.</summary>
    public DateTimeOffset? DecidedAt { get => _decidedAt; init => _decidedAt = value; }

    /// <summary>
    /// The statutory due date as the case's clock stood when it was decided (clock stops and an extension counted), so
    /// that whether it was decided in time is read from the case alone; null without a limit or before a decision.
    /// </summary>
    public DateTimeOffset? DecisionDueAt { get => _decisionDueAt; init => _decisionDueAt = value; }

    /// <summary>Optimistic concurrency token; also serialises answers to verification requests.</summary>
    public int Revision { get; private set; }

    public List<ApplicationDocument> Documents { get; set; } = [];

    /// <summary>
    /// The unified social credit code of the employer that filed the case for its staff member (通过执业单位统一申请),
    /// or null for a case the applicant filed. The employer sees the cases it filed, never another's.
    /// </summary>
    public string? FiledBy { get; init; }

    /// <summary>When the staff member confirmed the data their employer entered as true and accurate; null until then.</summary>
    public DateTimeOffset? StaffConfirmedAt { get => _staffConfirmedAt; init => _staffConfirmedAt = value; }

    /// <summary>Whether the case waits for its staff member to confirm what the employer entered; nothing is submitted before.</summary>
    public bool AwaitsStaffConfirmation => FiledBy is not null && _staffConfirmedAt is null;

    /// <summary>Every change of status and every notice, as the applicant reads them (loaded only when included).</summary>
    public IReadOnlyList<ApplicationTimelineEntry> Timeline => _timeline;

    /// <summary>A new draft, with its first timeline entry.</summary>
    public static Application Draft(string id, ApplicationType type, string applicantUserId, string applicantEmail, DateTimeOffset at)
    {
        var application = new Application
        {
            Id = id, Type = type, ApplicantUserId = applicantUserId, ApplicantEmail = applicantEmail,
            Status = ApplicationStatus.Draft, CreatedAt = at, UpdatedAt = at,
        };
        application.Record(ApplicationStatus.Draft, at, activityId: null, actor: applicantUserId);
        return application;
    }

    /// <summary>A draft an employer filed for <paramref name="staffUserId"/>: owned by the staff member, waiting for their confirmation.</summary>
    public static Application FiledByEmployer(string id, ApplicationType type, string staffUserId, string staffEmail, string employerCreditCode, string employerUserId, DateTimeOffset at)
    {
        var application = new Application
        {
            Id = id, Type = type, ApplicantUserId = staffUserId, ApplicantEmail = staffEmail, FiledBy = employerCreditCode,
            Status = ApplicationStatus.Draft, CreatedAt = at, UpdatedAt = at,
        };
        application.Record(ApplicationStatus.Draft, at, activityId: null, actor: employerUserId);
        return application;
    }

    /// <summary>The staff member confirms the data their employer entered (我确认以上信息真实准确); a second confirmation changes nothing.</summary>
    /// <exception cref="ConflictRefusal">the case was not filed by an employer, or is no longer a draft.</exception>
    public void ConfirmByStaff(DateTimeOffset at)
    {
        if (FiledBy is null)
            throw new ConflictRefusal(Texts.Text(Texts.Application_OnlyEmployerFiledCasesAreConfirmed));
        if (Status != ApplicationStatus.Draft)
            throw new ConflictRefusal(Texts.Text(Texts.Application_ApplicationIsAndWasSubmittedBefore, Status.DisplayName().ZhCn, Status));
        if (_staffConfirmedAt is not null)
            return;
        _staffConfirmedAt = at;
        Touch(at);
    }

    /// <exception cref="ConflictRefusal">an employer filed the case and its staff member has not confirmed it.</exception>
    public void EnsureConfirmedByStaff()
    {
        if (AwaitsStaffConfirmation)
            throw new ConflictRefusal(Texts.Text(Texts.Application_StaffMemberHasNotConfirmed));
    }

    /// <summary>Whether the applicant may still change the form and the documents: a draft, or a case waiting for corrections.</summary>
    public bool IsEditable => Status is ApplicationStatus.Draft or ApplicationStatus.AwaitingCorrections;

    /// <summary>Only a draft may be deleted: once submitted, the case is the bureau's record (it can be withdrawn instead).</summary>
    /// <exception cref="ConflictRefusal">the case is not a draft.</exception>
    public void EnsureDeletable()
    {
        if (Status != ApplicationStatus.Draft)
            throw new ConflictRefusal(Texts.Text(Texts.Application_OnlyADraftCanBeDeleted, Status.DisplayName().ZhCn, Status));
    }

    /// <exception cref="ConflictRefusal">the case is neither a draft nor waiting for corrections.</exception>
    public void EnsureEditable()
    {
        if (!IsEditable)
            throw new ConflictRefusal(Texts.Text(Texts.Application_ApplicationIsItCanBeChanged, Status.DisplayName().ZhCn, Status));
    }

    /// <summary>The applicant changed the form or the documents.</summary>
    /// <exception cref="ConflictRefusal">the case is neither a draft nor waiting for corrections.</exception>
    public void RecordEdit(DateTimeOffset at)
    {
        EnsureEditable();
        Touch(at);
    }

    /// <summary>
    /// The applicant submits the draft: it is linked to the procedure <paramref name="instanceId"/> started for it
    /// (the only instance that may act on it), known by its number from now on (one it already has is kept) and Submitted.
    /// </summary>
    /// <exception cref="ConflictRefusal">the case is not a draft, or its staff member has not confirmed what the employer filed.</exception>
    public void Submit(string caseNumber, string instanceId, DateTimeOffset at, string actor)
    {
        if (Status != ApplicationStatus.Draft)
            throw new ConflictRefusal(Texts.Text(Texts.Application_ApplicationIsAndWasSubmittedBefore, Status.DisplayName().ZhCn, Status));
        EnsureConfirmedByStaff();
        _caseNumber ??= caseNumber;
        _instanceId = instanceId;
        _submittedAt = at;
        _status = ApplicationStatus.Submitted;
        Record(ApplicationStatus.Submitted, at, activityId: null, actor);
    }

    /// <summary>The applicant withdraws the case; a decided case cannot be withdrawn.</summary>
    /// <exception cref="ConflictRefusal">the case is already decided (approved, rejected, not accepted or withdrawn).</exception>
    public void Withdraw(DateTimeOffset at, string actor)
    {
        EnsureWithdrawable();
        _status = ApplicationStatus.Withdrawn;
        Record(ApplicationStatus.Withdrawn, at, activityId: null, actor);
    }

    /// <exception cref="ConflictRefusal">the case is already decided (approved, rejected, not accepted or withdrawn), or the bureau started it.</exception>
    public void EnsureWithdrawable()
    {
        // A procedure the bureau started of its own motion (a revocation, a cancellation for a ground) is not the holder's to end.
        if (IsStartedByBureau)
            throw new ConflictRefusal(Texts.Text(Texts.Application_StartedByTheBureauCannotBeWithdrawn));
        if (Status.IsFinal())
            throw new ConflictRefusal(Texts.Text(Texts.Application_ApplicationIsAlreadyItCannotBe, Status.DisplayName().ZhCn, Status));
    }

    /// <summary>
    /// Whether its procedure may move the case to <paramref name="status"/>: along <see cref="ApplicationStatusTransitions"/>,
    /// or to the status it already has (which changes nothing), never once it is decided.
    /// </summary>
    public bool CanMoveTo(ApplicationStatus status) =>
        !Status.IsFinal() && (status == Status || ApplicationStatusTransitions.Allows(Status, status));

    /// <summary>
    /// Its procedure moves the case (accepts it, refuses acceptance, asks for corrections, takes corrections back,
    /// sends it to verification or review, decides it). A move to the status it has changes nothing.
    /// </summary>
    /// <exception cref="ConflictRefusal">the move is not one <see cref="CanMoveTo"/> allows.</exception>
    public void MoveTo(ApplicationStatus status, DateTimeOffset at, string? activityId)
    {
        if (!CanMoveTo(status))
            throw new ConflictRefusal(Texts.Text(Texts.Application_ApplicationIsItCannotMoveTo, Status.DisplayName().ZhCn, status.DisplayName().ZhCn, Status, status));
        if (status == Status)
            return;
        _status = status;
        if (status == ApplicationStatus.Accepted)
            _acceptedAt ??= at;
        if (status is ApplicationStatus.Approved or ApplicationStatus.Rejected)
            _decidedAt = at;
        Record(status, at, activityId, actor: null);
    }

    /// <summary>Keeps the statutory due date its instance held at the step that decided the case.</summary>
    public void RecordDueAtDecision(DateTimeOffset? dueAt)
    {
        if (_decidedAt is not null)
            _decisionDueAt = dueAt;
    }

    /// <summary>The findings the applicant must see (from the automatic check or a correction request) replace the last ones.</summary>
    /// <exception cref="ConflictRefusal">the case is decided.</exception>
    public void RecordFindings(IEnumerable<Finding> findings, DateTimeOffset at)
    {
        EnsureUndecided();
        Findings = [.. findings];
        Touch(at);
    }

    /// <summary>The number of the registration or recognition issued for the case; the first one stays when several are issued.</summary>
    /// <exception cref="ConflictRefusal">the case is decided.</exception>
    public void RecordIssued(string number, DateTimeOffset at)
    {
        EnsureUndecided();
        IssuedNumber ??= number;
        Touch(at);
    }

    /// <summary>A notice beside the current status on the timeline (an extension of the time limit).</summary>
    /// <exception cref="ConflictRefusal">the case is decided.</exception>
    public void RecordNotice(TimelineNotice notice, string? detail, DateTimeOffset at, string? actor)
    {
        EnsureUndecided();
        _timeline.Add(new ApplicationTimelineEntry { ApplicationId = Id, Status = Status, At = at, Actor = actor, Notice = notice, NoticeDetail = detail });
        Touch(at);
    }

    /// <summary>
    /// Whether <paramref name="instanceId"/> is this case's own procedure (the one its submission started and
    /// linked). Any other instance — one started through the API that merely names the case, or an earlier one —
    /// may not check, correct, verify, decide or issue anything for it.
    /// </summary>
    public bool IsDrivenBy(string instanceId) => InstanceId is not null && InstanceId == instanceId;

    /// <summary>The districts whose reviewers may see the case: its own and every district that verifies something for it.</summary>
    public IReadOnlySet<string> InvolvedDistricts()
    {
        var districts = new HashSet<string>(StringComparer.Ordinal);
        if (DistrictCode is not null)
            districts.Add(DistrictCode);
        foreach (var certificate in Certificates)
            districts.Add(certificate.IssuingDistrictCode);
        if (NamedRegistrationDistrictCode is not null)
            districts.Add(NamedRegistrationDistrictCode);
        return districts;
    }

    /// <summary>
    /// Decides, once the registry has said where the registration the case names is held, which district decides the
    /// case: a renewal, cancellation or revocation where the registration is held (a new employer elsewhere is a change
    /// application); every other case where the employer is. A number the registry does not hold leaves the case with
    /// the employer's district, whose automatic check asks for the number to be corrected.
    /// </summary>
    public void PlaceWhereDecided(string? registrationHeldIn)
    {
        NamedRegistrationDistrictCode = registrationHeldIn;
        DistrictCode = (Type == ApplicationType.Renewal || EndsRegistration) && registrationHeldIn is not null
            ? registrationHeldIn
            : EmployerDistrictCode;
    }

    /// <summary>Whether the case names a registration the registry is asked about (renewal, recognition, change, cancellation, revocation).</summary>
    public bool NamesRegistration =>
        Type is ApplicationType.Renewal or ApplicationType.RegistrationRecognition or ApplicationType.Change || EndsRegistration;

    private void EnsureUndecided()
    {
        if (Status.IsFinal())
            throw new ConflictRefusal(Texts.Text(Texts.Application_ApplicationIsAlreadyDecidedCaseDoes, Status.DisplayName().ZhCn, Status));
    }

    private void Record(ApplicationStatus status, DateTimeOffset at, string? activityId, string? actor)
    {
        _timeline.Add(new ApplicationTimelineEntry { ApplicationId = Id, Status = status, At = at, ActivityId = activityId, Actor = actor });
        Touch(at);
    }

    private void Touch(DateTimeOffset at)
    {
        _updatedAt = at;
        Revision++;
    }
}
