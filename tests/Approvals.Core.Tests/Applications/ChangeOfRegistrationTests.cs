using Approvals.Core.Applications;
using Approvals.Core.Checks;
using Approvals.Core.Districts;
using Approvals.Core.Findings;
using Approvals.Core.Registry;
using Approvals.Core.Settings;

namespace Approvals.Core.Tests.Applications;

public sealed class ChangeOfRegistrationTests
{
    private static readonly DateOnly Today = new(2026, 6, 1);
    private static readonly DistrictDirectory Districts = DistrictDirectory.LoadEmbedded();
    private const string Number = "沪计注〔2019〕R1-0012";
    private static readonly string OldEmployer = Code("91310118MA1JL0001");
    private static readonly string NewEmployer = Code("91310118MA1JL0002");

    private static string Code(string first17) => first17 + UnifiedSocialCreditCode.ExpectedCheckCharacter(first17);

    private static Application Change(string employer, string[]? projects = null, DocumentKind[]? documents = null, CertificateClaim[]? certificates = null) => new()
    {
        Id = "a1",
        Type = ApplicationType.Change,
        ApplicantUserId = "u",
        ApplicantEmail = "u@example.test",
        PersonName = "张伟",
        IdNumber = "11010519491231002X",
        EmployerName = "示范区计量有限公司",
        EmployerCreditCode = employer,
        EmployerDistrictCode = "310118",
        DistrictCode = "310118",
        RegistrationNumber = Number,
        Projects = [.. projects ?? []],
        Certificates = [.. certificates ?? []],
        Documents = (documents ?? [DocumentKind.ApplicationForm, DocumentKind.EmploymentProof])
            .Select((k, i) => new ApplicationDocument { Id = $"d{i}", ApplicationId = "a1", Kind = k, FileName = "f.pdf", Sha256 = "", UploadedBy = "u" })
            .ToList(),
    };

    private static Registration Registered(RegistrationStatus status = RegistrationStatus.Active, int validForDays = 300, string[]? projects = null) => new()
    {
        Id = "r1", Number = Number, PersonId = "p", EnterpriseId = "e", DistrictCode = "310118", Projects = [.. projects ?? ["长度计量"]],
        Person = new Person { Id = "p", Name = "张伟", IdNumber = "11010519491231002X" },
        Enterprise = new Enterprise { Id = "e", Name = "旧单位", CreditCode = OldEmployer, DistrictCode = "310118" },
        Level = MetrologistLevel.Level2, ValidFrom = Today.AddDays(validForDays).AddYears(-5), ValidTo = Today.AddDays(validForDays), Status = status,
    };

    private static IReadOnlyList<Finding> Check(Application application, Registration? registration) =>
        ApplicationChecks.Run(new ApplicationCheckFacts(application, null, false, null, RegistrationToChange: registration),
            RequiredDocuments.Default(application.Type), Districts, new MetrologyOptions(), Today);

    public static TheoryData<string, Application, Registration?, string[]> Cases() => new()
    {
        { "a new employer with proof of employment", Change(NewEmployer), Registered(), [] },
        { "a new employer without proof of employment", Change(NewEmployer, documents: [DocumentKind.ApplicationForm]), Registered(), ["Document.Missing"] },
        { "the same employer and projects", Change(OldEmployer), Registered(), ["Change.NothingChanges"] },
        { "a project added without its certificate", Change(OldEmployer, projects: ["长度计量", "热工计量"], documents: [DocumentKind.ApplicationForm]), Registered(), ["Change.ProjectWithoutCertificate", "Document.Missing"] },
        { "a project removed, one added with its certificate", Change(OldEmployer, ["热工计量"], [DocumentKind.ApplicationForm, DocumentKind.ProjectAssessmentCertificate],
            [new CertificateClaim(ProjectCertificateKind.ProjectAssessment, "KH-1", "310118", Today.AddYears(1), ["热工计量"])]), Registered(), [] },
        { "only a project removed", Change(OldEmployer, projects: ["长度计量"], documents: [DocumentKind.ApplicationForm]), Registered(projects: ["长度计量", "热工计量"]), [] },
        { "an expired registration", Change(NewEmployer), Registered(validForDays: -1), ["Change.NotInForce"] },
        { "a cancelled registration", Change(NewEmployer), Registered(RegistrationStatus.Cancelled), ["Change.NotInForce"] },
        { "a revoked registration", Change(NewEmployer), Registered(RegistrationStatus.Revoked), ["Change.NotInForce"] },
        { "a registration not in the registry (or not the applicant's)", Change(NewEmployer), null, ["Change.NotFound"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_automatic_check_of_a_change_finds(string situation, Application application, Registration? registration, string[] codes)
    {
        Assert.NotEmpty(situation);
        Assert.Equal(codes.Order(StringComparer.Ordinal), Check(application, registration).Select(f => f.Code).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Change.NotInForce", false)]
    [InlineData("Employer.OutsideZone", false)]
    [InlineData("Change.NotFound", true)]
    [InlineData("Change.ProjectWithoutCertificate", true)]
    [InlineData("Change.NothingChanges", true)]
    public void Only_a_registration_not_in_force_or_an_employer_outside_the_zone_refuses_acceptance(string code, bool correctable) =>
        Assert.Equal(correctable, FindingCorrectability.IsCorrectable(code));

    [Fact]
    public void A_new_employer_in_another_district_moves_the_registration_there()
    {
        var application = Change(Code("91320509MA1MT0009"));
        application.EmployerDistrictCode = "320509";

        var plan = RegistrationChangePlan.Of(application, Registered());

        Assert.True(plan.Moves);
        Assert.Equal(("310118", "320509"), (plan.FromDistrictCode, plan.ToDistrictCode));
        Assert.Equal(["长度计量"], plan.Projects);
    }

    [Fact]
    public void The_level_of_a_change_is_the_registrys_and_a_typed_level_is_refused()
    {
        Assert.Equal(MetrologistLevel.Level2, DecidingLevel.Of(new ApplicationCheckFacts(Change(NewEmployer), null, false, null, RegistrationToChange: Registered())));
        Assert.Equal("Change.LevelFromRegistry", Assert.Single(ChangeOfRegistration.FormProblems(ApplicationType.Change, 1)).Code);
    }

    [Fact]
    public void A_number_the_registry_holds_as_a_recognition_is_not_a_registration_to_change()
    {
        var findings = new List<Finding>();

        ChangeOfRegistration.Check(new ApplicationCheckFacts(Change(NewEmployer), null, false, null, NamedRecordKind: RegistryRecordKind.RegistrationRecognition), Today, findings);

        Assert.Equal(["Change.NotARegistration@registrationNumber"], findings.Select(f => $"{f.Code}@{f.Field}"));
    }
}
