using Approvals.Core.Applications;
using Approvals.Core.Findings;
using Approvals.Text;

namespace Approvals.Core.Tests.Applications;

/// <summary>
/// The case changes only through its methods: each enforces its rule, records what the applicant reads on the
/// timeline and bumps the revision that guards concurrent changes.
/// </summary>
public sealed class ApplicationAggregateTests
{
    private static readonly DateTimeOffset Filed = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Later = Filed.AddHours(2);

    private static Application NewDraft() => Application.Draft("a1", ApplicationType.InitialRegistration, "applicant", "applicant@example.test", Filed);

    private static Application Submitted()
    {
        var application = NewDraft();
        application.Submit("SQ-310118-2026-000001", "i1", Filed.AddMinutes(5), "applicant");
        return application;
    }

    private static Application In(ApplicationStatus status) => new()
    {
        Id = "a1", Type = ApplicationType.InitialRegistration, ApplicantUserId = "applicant", ApplicantEmail = "applicant@example.test",
        Status = status, InstanceId = "i1", CaseNumber = "SQ-310118-2026-000001", CreatedAt = Filed, UpdatedAt = Filed, SubmittedAt = Filed,
    };

    public static TheoryData<ApplicationStatus> Final => [ApplicationStatus.Approved, ApplicationStatus.Rejected, ApplicationStatus.Withdrawn, ApplicationStatus.NotAccepted];

    [Fact]
    public void A_new_draft_starts_its_timeline_with_Draft_by_the_applicant()
    {
        var draft = NewDraft();

        Assert.Equal(ApplicationStatus.Draft, draft.Status);
        var entry = Assert.Single(draft.Timeline);
        Assert.Equal((ApplicationStatus.Draft, "applicant", Filed), (entry.Status, entry.Actor, entry.At));
        Assert.Equal("a1", entry.ApplicationId);
    }

    [Fact]
    public void Submitting_a_draft_links_its_procedure_gives_it_its_number_and_records_Submitted_by_the_applicant()
    {
        var draft = NewDraft();
        var revision = draft.Revision;

        draft.Submit("SQ-310118-2026-000007", "instance-1", Later, "applicant");

        Assert.Equal(ApplicationStatus.Submitted, draft.Status);
        Assert.Equal("SQ-310118-2026-000007", draft.CaseNumber);
        Assert.True(draft.IsDrivenBy("instance-1"));
        Assert.Equal(Later, draft.SubmittedAt);
        Assert.Equal(Later, draft.UpdatedAt);
        Assert.Equal(revision + 1, draft.Revision);
        Assert.Equal((ApplicationStatus.Submitted, "applicant"), (draft.Timeline[^1].Status, draft.Timeline[^1].Actor));
    }

    [Fact]
    public void A_case_keeps_the_number_it_already_has_when_it_is_submitted()
    {
        var draft = new Application
        {
            Id = "a1", ApplicantUserId = "applicant", ApplicantEmail = "applicant@example.test", Status = ApplicationStatus.Draft,
            CaseNumber = "SQ-310118-2026-000003",
        };

        draft.Submit("SQ-310118-2026-000009", "instance-1", Later, "applicant");

        Assert.Equal("SQ-310118-2026-000003", draft.CaseNumber);
    }

    [Theory]
    [InlineData(ApplicationStatus.Submitted)]
    [InlineData(ApplicationStatus.AwaitingCorrections)]
    [InlineData(ApplicationStatus.InReview)]
    [InlineData(ApplicationStatus.Approved)]
    public void Only_a_draft_can_be_submitted_and_a_refused_submission_changes_nothing(ApplicationStatus status)
    {
        var application = In(status);

        var refusal = Assert.Throws<ConflictRefusal>(() => application.Submit("SQ-310118-2026-000009", "instance-2", Later, "applicant"));

        Assert.Contains("只有草稿可以提交", refusal.Text.ZhCn);
        Assert.Contains("only a draft can be submitted", refusal.Text.En);
        Assert.Equal((status, "i1", "SQ-310118-2026-000001", 0), (application.Status, application.InstanceId, application.CaseNumber, application.Revision));
        Assert.Empty(application.Timeline);
    }

    [Theory]
    [InlineData(ApplicationStatus.Draft)]
    [InlineData(ApplicationStatus.Submitted)]
    [InlineData(ApplicationStatus.Accepted)]
    [InlineData(ApplicationStatus.AwaitingCorrections)]
    [InlineData(ApplicationStatus.AwaitingVerification)]
    [InlineData(ApplicationStatus.InReview)]
    public void An_undecided_case_can_be_withdrawn_and_the_timeline_says_who_withdrew_it(ApplicationStatus status)
    {
        var application = In(status);

        application.Withdraw(Later, "applicant");

        Assert.Equal(ApplicationStatus.Withdrawn, application.Status);
        Assert.Equal(1, application.Revision);
        Assert.Equal(Later, application.UpdatedAt);
        var entry = Assert.Single(application.Timeline);
        Assert.Equal((ApplicationStatus.Withdrawn, "applicant", (string?)null), (entry.Status, entry.Actor, entry.ActivityId));
    }

    [Theory]
    [MemberData(nameof(Final))]
    public void A_decided_case_cannot_be_withdrawn_and_is_told_so_in_both_languages(ApplicationStatus status)
    {
        var application = In(status);

        var refusal = Assert.Throws<ConflictRefusal>(() => application.Withdraw(Later, "applicant"));

        Assert.Equal($"申请已是“{status.DisplayName().ZhCn}”状态，不能撤回。", refusal.Text.ZhCn);
        Assert.Equal($"The application is already {status}; it cannot be withdrawn.", refusal.Text.En);
        Assert.Equal((status, 0), (application.Status, application.Revision));
        Assert.Empty(application.Timeline);
    }

    [Theory]
    [InlineData(ApplicationStatus.Submitted, ApplicationStatus.Accepted)]
    [InlineData(ApplicationStatus.Submitted, ApplicationStatus.NotAccepted)]
    [InlineData(ApplicationStatus.Submitted, ApplicationStatus.AwaitingCorrections)]
    [InlineData(ApplicationStatus.Submitted, ApplicationStatus.AwaitingVerification)]
    [InlineData(ApplicationStatus.Submitted, ApplicationStatus.InReview)]
    [InlineData(ApplicationStatus.Accepted, ApplicationStatus.AwaitingVerification)]
    [InlineData(ApplicationStatus.Accepted, ApplicationStatus.InReview)]
    [InlineData(ApplicationStatus.AwaitingVerification, ApplicationStatus.InReview)]
    [InlineData(ApplicationStatus.InReview, ApplicationStatus.Approved)]
    [InlineData(ApplicationStatus.InReview, ApplicationStatus.Rejected)]
    [InlineData(ApplicationStatus.InReview, ApplicationStatus.AwaitingCorrections)]
    [InlineData(ApplicationStatus.AwaitingCorrections, ApplicationStatus.Submitted)]
    [InlineData(ApplicationStatus.AwaitingCorrections, ApplicationStatus.Rejected)]
    public void The_procedure_moves_a_case_along_the_steps_of_the_shipped_procedures_and_the_timeline_names_the_step(ApplicationStatus from, ApplicationStatus to)
    {
        var application = In(from);

        Assert.True(application.CanMoveTo(to));
        application.MoveTo(to, Later, "step");

        Assert.Equal(to, application.Status);
        Assert.Equal(1, application.Revision);
        Assert.Equal(Later, application.UpdatedAt);
        var entry = Assert.Single(application.Timeline);
        Assert.Equal((to, "step", (string?)null, Later), (entry.Status, entry.ActivityId, entry.Actor, entry.At));
    }

    [Theory]
    [InlineData(ApplicationStatus.Draft, ApplicationStatus.Submitted)]
    [InlineData(ApplicationStatus.Draft, ApplicationStatus.Approved)]
    [InlineData(ApplicationStatus.Submitted, ApplicationStatus.Approved)]
    [InlineData(ApplicationStatus.Submitted, ApplicationStatus.Withdrawn)]
    [InlineData(ApplicationStatus.Accepted, ApplicationStatus.NotAccepted)]
    [InlineData(ApplicationStatus.AwaitingVerification, ApplicationStatus.Approved)]
    [InlineData(ApplicationStatus.AwaitingCorrections, ApplicationStatus.Approved)]
    [InlineData(ApplicationStatus.Approved, ApplicationStatus.InReview)]
    [InlineData(ApplicationStatus.Rejected, ApplicationStatus.Approved)]
    [InlineData(ApplicationStatus.NotAccepted, ApplicationStatus.Submitted)]
    [InlineData(ApplicationStatus.Withdrawn, ApplicationStatus.InReview)]
    public void A_move_the_procedures_do_not_make_is_refused_in_both_languages_and_changes_nothing(ApplicationStatus from, ApplicationStatus to)
    {
        var application = In(from);

        Assert.False(application.CanMoveTo(to));
        var refusal = Assert.Throws<ConflictRefusal>(() => application.MoveTo(to, Later, "step"));

        Assert.Equal($"申请当前状态为“{from.DisplayName().ZhCn}”，不能转为“{to.DisplayName().ZhCn}”。", refusal.Text.ZhCn);
        Assert.Equal($"The application is {from}; it cannot move to {to}.", refusal.Text.En);
        Assert.Equal((from, 0, Filed), (application.Status, application.Revision, application.UpdatedAt));
        Assert.Empty(application.Timeline);
    }

    [Fact]
    public void A_move_to_the_status_the_case_already_has_records_nothing_twice()
    {
        var application = Submitted();
        var (revision, entries) = (application.Revision, application.Timeline.Count);

        application.MoveTo(ApplicationStatus.Submitted, Later, "submitted");

        Assert.Equal((ApplicationStatus.Submitted, revision, entries), (application.Status, application.Revision, application.Timeline.Count));
    }

    [Theory]
    [MemberData(nameof(Final))]
    public void A_decided_case_never_moves_not_even_to_its_own_status(ApplicationStatus status)
    {
        Assert.False(In(status).CanMoveTo(status));
        Assert.Throws<ConflictRefusal>(() => In(status).MoveTo(status, Later, "step"));
    }

    [Fact]
    public void The_findings_the_applicant_must_see_replace_the_last_ones_and_bump_the_revision()
    {
        var application = In(ApplicationStatus.Submitted);
        var first = new Finding("missing-document", new LocalizedText("缺少材料。", "A document is missing."));
        var second = new Finding("expired", new LocalizedText("证书已过期。", "The certificate has expired."));
        application.RecordFindings([first], Filed.AddMinutes(1));

        application.RecordFindings([second], Later);

        Assert.Equal([second], application.Findings);
        Assert.Equal((2, Later), (application.Revision, application.UpdatedAt));
        Assert.Empty(application.Timeline);
    }

    [Fact]
    public void The_first_issued_number_stays_on_the_case_when_several_are_issued()
    {
        var application = In(ApplicationStatus.InReview);

        application.RecordIssued("CSJ-R2-310118-2026-000001", Filed.AddMinutes(1));
        application.RecordIssued("CSJ-R2-310118-2026-000002", Later);

        Assert.Equal("CSJ-R2-310118-2026-000001", application.IssuedNumber);
        Assert.Equal(2, application.Revision);
    }

    [Fact]
    public void A_notice_goes_onto_the_timeline_beside_the_current_status_with_who_gave_it_and_why()
    {
        var application = In(ApplicationStatus.InReview);

        application.RecordNotice(TimelineNotice.StatutoryLimitExtended, "需要现场核查", Later, "regulator");

        var entry = Assert.Single(application.Timeline);
        Assert.Equal((ApplicationStatus.InReview, TimelineNotice.StatutoryLimitExtended, "需要现场核查", "regulator", Later),
            (entry.Status, entry.Notice, entry.NoticeDetail, entry.Actor, entry.At));
        Assert.Equal((ApplicationStatus.InReview, 1), (application.Status, application.Revision));
    }

    [Theory]
    [MemberData(nameof(Final))]
    public void A_decided_case_takes_no_findings_no_issued_number_and_no_notice(ApplicationStatus status)
    {
        var application = In(status);

        Assert.Throws<ConflictRefusal>(() => application.RecordFindings([new Finding("late", new LocalizedText("迟。", "Late."))], Later));
        Assert.Throws<ConflictRefusal>(() => application.RecordIssued("CSJ-R2-310118-2026-000001", Later));
        Assert.Throws<ConflictRefusal>(() => application.RecordNotice(TimelineNotice.StatutoryLimitExtended, "x", Later, "regulator"));

        Assert.Equal((0, (string?)null), (application.Revision, application.IssuedNumber));
        Assert.Empty(application.Findings);
        Assert.Empty(application.Timeline);
    }

    [Theory]
    [InlineData(ApplicationStatus.Draft)]
    [InlineData(ApplicationStatus.AwaitingCorrections)]
    public void The_applicant_edits_a_draft_or_a_case_waiting_for_corrections_and_each_edit_bumps_the_revision(ApplicationStatus status)
    {
        var application = In(status);

        application.RecordEdit(Later);

        Assert.True(application.IsEditable);
        Assert.Equal((1, Later), (application.Revision, application.UpdatedAt));
    }

    [Theory]
    [InlineData(ApplicationStatus.Submitted)]
    [InlineData(ApplicationStatus.InReview)]
    [InlineData(ApplicationStatus.Approved)]
    public void A_case_under_way_or_decided_cannot_be_edited(ApplicationStatus status)
    {
        var application = In(status);

        var refusal = Assert.Throws<ConflictRefusal>(() => application.RecordEdit(Later));

        Assert.Contains("只有草稿或待补正的申请可以修改", refusal.Text.ZhCn);
        Assert.Contains("only as a draft or while corrections are requested", refusal.Text.En);
        Assert.Equal(0, application.Revision);
    }
}
