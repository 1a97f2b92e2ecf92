using Approvals.Core.Applications;
using Approvals.Core.Checks;
using Approvals.Core.Districts;
using Approvals.Core.Settings;
using Approvals.Core.Registry;

namespace Approvals.Core.Tests.Applications;

public sealed class ApplicationChecksTests
{
    private static readonly DateOnly Today = new(2026, 6, 1);
    private static readonly DistrictDirectory Districts = DistrictDirectory.LoadEmbedded();

    private static Application Renewal(string idNumber = "11010519491231002X") => new()
    {
        Id = "a1",
        Type = ApplicationType.Renewal,
        ApplicantUserId = "u",
        ApplicantEmail = "u@example.test",
        PersonName = "张伟",
        IdNumber = idNumber,
        EmployerName = "示范区计量有限公司",
        EmployerCreditCode = CreditCode(),
        EmployerDistrictCode = "310118",
        DistrictCode = "310118",
        RegistrationNumber = "CSJ-R2-310118-2021-000001",
        Documents = RequiredDocuments.Default(ApplicationType.Renewal)
            .Select((r, i) => new ApplicationDocument { Id = $"d{i}", ApplicationId = "a1", Kind = r.AnyOf[0], FileName = "f.pdf", Sha256 = "", UploadedBy = "u" })
            .ToList(),
    };

    private static string CreditCode() => "91310118MA1JL0001" + UnifiedSocialCreditCode.ExpectedCheckCharacter("91310118MA1JL0001");

    private static Registration Registered(DateOnly validTo) => new()
    {
        Id = "r1", Number = "CSJ-R2-310118-2021-000001", PersonId = "p", EnterpriseId = "e", DistrictCode = "310118",
        Level = MetrologistLevel.Level2, ValidFrom = validTo.AddYears(-5), ValidTo = validTo, Status = RegistrationStatus.Active,
    };

    private static IReadOnlyList<Findings.Finding> Check(Application application, Registration? toRenew, bool otherOpen = false) =>
        ApplicationChecks.Run(new ApplicationCheckFacts(application, null, otherOpen, toRenew), RequiredDocuments.Default(application.Type), Districts, new MetrologyOptions(), Today);

    [Fact]
    public void A_renewal_inside_its_window_passes() =>
        Assert.Empty(Check(Renewal(), Registered(Today.AddDays(60))));

    [Fact]
    public void A_renewal_before_its_window_names_the_dates_it_may_be_filed()
    {
        var finding = Assert.Single(Check(Renewal(), Registered(Today.AddDays(200))));

        Assert.Equal(("Renewal.OutsideWindow", "registrationNumber"), (finding.Code, finding.Field));
        Assert.Contains(Approvals.Text.ReadableDates.Date(Today.AddDays(110)).En, finding.Message.En);
        Assert.Contains(Approvals.Text.ReadableDates.Date(Today.AddDays(110)).ZhCn, finding.Message.ZhCn);
    }

    [Fact]
    public void An_expired_registration_cannot_be_renewed() =>
        Assert.Equal("Renewal.NotActive", Assert.Single(Check(Renewal(), Registered(Today.AddDays(-1)))).Code);

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var application = Renewal(idNumber: "11010519491231002Y");
        application.EmployerDistrictCode = "110105";
        application.Documents.RemoveAt(0);

        var codes = Check(application, null, otherOpen: true).Select(f => f.Code).ToList();

        Assert.Equal(["Document.Missing", ResidentIdNumber.FormatCode, "Employer.OutsideZone", "Renewal.NotFound", "Application.Duplicate"], codes);
    }

    [Fact]
    public void Jurisdiction_follows_the_employer_not_the_id_number_prefix()
    {
        var application = Renewal();
        var form = new ApplicationForm(IdNumber: "11010519491231002x", EmployerDistrictCode: "320509");

        ApplicationFormValidator.ApplyTo(form, application, Districts);
        application.PlaceWhereDecided(registrationHeldIn: null);

        Assert.Equal(("320509", "11010519491231002X"), (application.DistrictCode, application.IdNumber));
    }

    [Fact]
    public void An_employer_that_is_not_an_enterprise_is_a_finding_on_the_credit_code()
    {
        var application = Renewal();
        application.EmployerCreditCode = "92310118MA1JL0001" + UnifiedSocialCreditCode.ExpectedCheckCharacter("92310118MA1JL0001");

        var finding = Assert.Single(Check(application, Registered(Today.AddDays(60))));

        Assert.Equal(("Employer.NotEnterprise", "employerCreditCode"), (finding.Code, finding.Field));
        Assert.Contains("91", finding.Message.ZhCn);
    }

    [Fact]
    public void A_credit_code_of_another_district_than_the_declared_one_is_a_finding_not_a_failure()
    {
        var application = Renewal();
        application.EmployerCreditCode = "91320509MA1MT0001" + UnifiedSocialCreditCode.ExpectedCheckCharacter("91320509MA1MT0001");

        var finding = Assert.Single(Check(application, Registered(Today.AddDays(60))));

        Assert.Equal(("Employer.DivisionMismatch", "employerCreditCode"), (finding.Code, finding.Field));
        Assert.Contains("320509", finding.Message.ZhCn);
        Assert.Contains("青浦区", finding.Message.ZhCn);
    }

    [Fact]
    public void A_credit_code_issued_by_the_city_or_province_above_the_district_passes()
    {
        var application = Renewal();
        application.EmployerCreditCode = "91310000MA1JL0001" + UnifiedSocialCreditCode.ExpectedCheckCharacter("91310000MA1JL0001");

        Assert.Empty(Check(application, Registered(Today.AddDays(60))));
    }

    [Fact]
    public void An_unreadable_credit_code_reports_only_its_own_findings()
    {
        var application = Renewal();
        application.EmployerCreditCode = "91310118MA1JL00010";

        Assert.Equal([UnifiedSocialCreditCode.CheckCharacterCode], Check(application, Registered(Today.AddDays(60))).Select(f => f.Code));
    }

    [Theory]
    [InlineData(ApplicationType.Renewal)]
    [InlineData(ApplicationType.Cancellation)]
    public void A_renewal_or_cancellation_is_decided_where_the_registry_holds_the_registration_whatever_its_number_or_the_employer_says(ApplicationType type)
    {
        var application = new Application { Id = "a", Type = type, ApplicantUserId = "u", ApplicantEmail = "u@example.test" };
        var form = new ApplicationForm(EmployerDistrictCode: "310118", RegistrationNumber: " csj-r2-310118-2021-000001 ");

        ApplicationFormValidator.ApplyTo(form, application, Districts);
        application.PlaceWhereDecided(registrationHeldIn: "320509");

        Assert.Equal(("320509", "320509", "CSJ-R2-310118-2021-000001"), (application.DistrictCode, application.NamedRegistrationDistrictCode, application.RegistrationNumber));
    }

    [Fact]
    public void A_recognition_is_decided_where_the_employer_is_and_remembers_where_the_registry_holds_the_registration()
    {
        var application = new Application { Id = "a", Type = ApplicationType.RegistrationRecognition, ApplicantUserId = "u", ApplicantEmail = "u@example.test" };

        ApplicationFormValidator.ApplyTo(new ApplicationForm(EmployerDistrictCode: "310118", RegistrationNumber: "苏计量注2020-0345"), application, Districts);
        application.PlaceWhereDecided(registrationHeldIn: "320509");

        Assert.Equal(("310118", "320509"), (application.DistrictCode, application.NamedRegistrationDistrictCode));
        Assert.Contains("320509", application.InvolvedDistricts());
    }
}
