using Approvals.Core.Applications;
using Approvals.Core.Registry;
using Approvals.Core.Verification;
using Approvals.Infrastructure.Persistence;
using Approvals.UseCases.Records;

namespace Approvals.Web.Tests.Statistics;

/// <summary>
/// A small hand-built zone for the period March–April 2025 (weekends only: 2025 has no calendar loaded), whose figures
/// the tests write out: Qingpu decides three cases in 5, 10 and 21 working days, refuses one, sees one withdrawn after two
/// correction rounds; Jiashan has one case open since March and an overdue task; recognitions flow Qingpu → Jiashan and
/// Wujiang → Qingpu; Jiashan answered three verification requests. Each accepted case's instance holds its statutory due
/// date as the clock left it: Jiashan's open case from March is past it, its other open case from February is not (a
/// correction pause that ended yesterday moved the date past today).
/// </summary>
public static class StatisticsDataSet
{
    public const string Qingpu = "310118";
    public const string Wujiang = "320509";
    public const string Jiashan = "330421";
    public const string ApplicantName = "统计申请人";
    public const string ApplicantIdNumber = "ST-APPLICANT-ID";
    public const string From = "2025-03-01";
    public const string To = "2025-04-30";

    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    public static async Task AddAsync(ApprovalsDbContext db)
    {
        Case(db, "st-a1", Qingpu, ApplicationType.InitialRegistration, MetrologistLevel.Level2, ApplicationStatus.Approved, Day(2025, 3, 3), accepted: true, decided: Day(2025, 3, 10), dueAt: Day(2025, 3, 31), corrections: 1);
        Case(db, "st-a2", Qingpu, ApplicationType.InitialRegistration, MetrologistLevel.Level2, ApplicationStatus.Rejected, Day(2025, 3, 4), accepted: true, decided: Day(2025, 3, 18), dueAt: Day(2025, 4, 1));
        Case(db, "st-a3", Qingpu, ApplicationType.InitialRegistration, MetrologistLevel.Level2, ApplicationStatus.NotAccepted, Day(2025, 3, 5), accepted: false);
        Case(db, "st-a4", Qingpu, ApplicationType.InitialRegistration, MetrologistLevel.Level1, ApplicationStatus.Withdrawn, Day(2025, 3, 6), accepted: true, corrections: 2);
        Case(db, "st-a5", Qingpu, ApplicationType.Renewal, MetrologistLevel.Level2, ApplicationStatus.Approved, Day(2025, 4, 1), accepted: true, decided: Day(2025, 4, 30), dueAt: Day(2025, 4, 29));
        // Before the period: counted nowhere.
        Case(db, "st-c1", Qingpu, ApplicationType.InitialRegistration, MetrologistLevel.Level2, ApplicationStatus.Approved, Day(2025, 2, 20), accepted: true, decided: Day(2025, 2, 25));
        Case(db, "st-b1", Jiashan, ApplicationType.RegistrationRecognition, MetrologistLevel.Level2, ApplicationStatus.InReview, Day(2025, 3, 10), accepted: true);
        Case(db, "st-b2", Jiashan, ApplicationType.RegistrationRecognition, MetrologistLevel.Level2, ApplicationStatus.InReview, Day(2025, 2, 24), accepted: true);

        // 20 working days after acceptance, as each decided case also keeps it; st-a5 was decided a day late.
        Instance(db, "st-a1", Qingpu, dueAt: Day(2025, 3, 31));
        Instance(db, "st-a2", Qingpu, dueAt: Day(2025, 4, 1));
        Instance(db, "st-a5", Qingpu, dueAt: Day(2025, 4, 29));
        Instance(db, "st-b1", Jiashan, dueAt: Day(2025, 4, 7));
        var resumedYesterday = DateTimeOffset.UtcNow.AddDays(-1);
        db.ClockStops.Add(new ClockStopRecord { BookmarkId = "bm-st-b2", InstanceId = "inst-st-b2", StoppedAt = Day(2025, 3, 3), ResumedAt = resumedYesterday });
        Instance(db, "st-b2", Jiashan, dueAt: resumedYesterday.AddDays(20));

        Task(db, "st-t1", Jiashan, HumanTaskStatus.Open, Day(2025, 3, 20));
        Task(db, "st-t2", Jiashan, HumanTaskStatus.Completed, Day(2025, 3, 20));
        Task(db, "st-t3", Qingpu, HumanTaskStatus.Open, Day(2099, 1, 1));

        Answer(db, "st-v1", VerificationStatus.Confirmed, Day(2025, 3, 4), TimeSpan.FromHours(2));
        Answer(db, "st-v2", VerificationStatus.Confirmed, Day(2025, 3, 5), TimeSpan.FromHours(6));
        Answer(db, "st-v3", VerificationStatus.NotFound, Day(2025, 3, 6), TimeSpan.FromHours(29.5));

        db.Persons.Add(new Person { Id = "st-p", Name = "统计测试人", IdNumber = "ST-ID-1" });
        db.Enterprises.Add(new Enterprise { Id = "st-e", Name = "统计测试企业", CreditCode = "ST-CC-1", DistrictCode = Qingpu });
        Registration(db, "st-r1", Qingpu, RegistrationStatus.Active, new DateOnly(2030, 1, 1));
        Registration(db, "st-r2", Qingpu, RegistrationStatus.Active, new DateOnly(2025, 6, 15));
        Registration(db, "st-r3", Qingpu, RegistrationStatus.Active, new DateOnly(2025, 1, 1));
        Registration(db, "st-r4", Qingpu, RegistrationStatus.Cancelled, new DateOnly(2028, 1, 1));
        Registration(db, "st-r5", Qingpu, RegistrationStatus.Revoked, new DateOnly(2028, 1, 1));
        Registration(db, "st-r6", Wujiang, RegistrationStatus.Active, new DateOnly(2029, 1, 1));

        Recognition(db, "st-g1", Qingpu, Jiashan, Day(2025, 3, 15));
        Recognition(db, "st-g2", Qingpu, Jiashan, Day(2025, 3, 16));
        Recognition(db, "st-g3", Wujiang, Qingpu, Day(2025, 4, 10));
        Recognition(db, "st-g4", Jiashan, Wujiang, Day(2025, 6, 1));
        await db.SaveChangesAsync();
    }

    private static DateTimeOffset Day(int year, int month, int day) => new(year, month, day, 10, 0, 0, Shanghai);

    private static void Case(ApprovalsDbContext db, string id, string district, ApplicationType type, MetrologistLevel level, ApplicationStatus status,
        DateTimeOffset submitted, bool accepted, DateTimeOffset? decided = null, DateTimeOffset? dueAt = null, int corrections = 0)
    {
        db.Applications.Add(new Application
        {
            Id = id, Type = type, ApplicantUserId = "st-applicant", ApplicantEmail = "st@example.test", Status = status, DistrictCode = district,
            Level = level, CreatedAt = submitted, UpdatedAt = submitted, SubmittedAt = submitted, AcceptedAt = accepted ? submitted : null,
            InstanceId = "inst-" + id, PersonName = ApplicantName, IdNumber = ApplicantIdNumber, DecidedAt = decided, DecisionDueAt = decided is null ? null : dueAt,
        });
        for (var round = 0; round < corrections; round++)
            db.ApplicationTimeline.Add(new ApplicationTimelineEntry { ApplicationId = id, Status = ApplicationStatus.AwaitingCorrections, At = submitted.AddHours(round + 1) });
        if (decided is { } at)
            db.ApplicationTimeline.Add(new ApplicationTimelineEntry { ApplicationId = id, Status = status, At = at });
    }

    private static void Instance(ApprovalsDbContext db, string caseId, string district, DateTimeOffset dueAt) =>
        db.WorkflowInstances.Add(new WorkflowInstanceRecord
        {
            Id = "inst-" + caseId, DefinitionId = "statistics-data-set", DefinitionVersion = 1, CorrelationId = caseId, District = district,
            StateJson = "{}", CreatedAt = dueAt.AddDays(-30), UpdatedAt = dueAt.AddDays(-30), StatutoryDueAt = dueAt,
        });

    private static void Task(ApprovalsDbContext db, string id, string district, HumanTaskStatus status, DateTimeOffset due) =>
        db.HumanTasks.Add(new HumanTaskRecord
        {
            Id = id, InstanceId = "inst-" + id, ActivityId = "review", Title = "审核", Role = "Reviewer", District = district,
            OutcomesJson = "[]", ReasonRequiredForJson = "[]", Status = status, CreatedAt = due.AddDays(-5), DueAt = due,
        });

    private static void Answer(ApprovalsDbContext db, string id, VerificationStatus status, DateTimeOffset asked, TimeSpan after) =>
        db.VerificationRequests.Add(new VerificationRequest
        {
            Id = id, ApplicationId = "st-a1", InstanceId = "inst-st-a1", ActivityId = "verify", BookmarkId = "bm-" + id, Subject = "ProjectCertificate",
            Number = "N-" + id, HolderName = "统计测试人", HolderIdNumber = "ST-ID-1", IssuingDistrictCode = Jiashan, RequestingDistrictCode = Qingpu,
            Status = status, CreatedAt = asked, AnsweredAt = asked + after, AnsweredBy = "js-reviewer",
        });

    private static void Registration(ApprovalsDbContext db, string id, string district, RegistrationStatus status, DateOnly validTo) =>
        db.Registrations.Add(new Registration
        {
            Id = id, Number = "REG-" + id, Level = MetrologistLevel.Level2, PersonId = "st-p", EnterpriseId = "st-e", DistrictCode = district,
            ValidFrom = validTo.AddYears(-5), ValidTo = validTo, Status = status, IssuedAt = new DateTimeOffset(validTo.AddYears(-5).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
        });

    private static void Recognition(ApprovalsDbContext db, string id, string from, string to, DateTimeOffset issued) =>
        db.Recognitions.Add(new Recognition
        {
            Id = id, Number = "REC-" + id, Kind = RegistryRecordKind.Registration, Level = MetrologistLevel.Level2, PersonId = "st-p",
            RecognisedNumber = "REG-st-r1", OriginDistrictCode = from, DistrictCode = to, ValidFrom = DateOnly.FromDateTime(issued.Date),
            ValidTo = new DateOnly(2030, 1, 1), Status = RegistrationStatus.Active, IssuedAt = issued,
        });
}
