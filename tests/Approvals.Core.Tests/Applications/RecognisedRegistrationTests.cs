using Approvals.Core.Applications;
using Approvals.Core.Registry;

namespace Approvals.Core.Tests.Applications;

/// <summary>Only a registration (R1/R2) of another district, in force and held by the applicant, can be recognised.</summary>
public sealed class RecognisedRegistrationTests
{
    private static readonly DateOnly Today = new(2026, 6, 1);

    private static Application Filed(string number, string employerDistrict = "310118", string name = "王芳") => new()
    {
        Id = "a1", Type = ApplicationType.RegistrationRecognition, ApplicantUserId = "u", ApplicantEmail = "u@example.test",
        PersonName = name, IdNumber = "11010519491231002X", EmployerDistrictCode = employerDistrict, RegistrationNumber = number,
    };

    private static Registration Registered(string number, RegistrationStatus status = RegistrationStatus.Active, int validForDays = 300) => new()
    {
        Id = "r1", Number = number, PersonId = "p", EnterpriseId = "e", DistrictCode = "320509", Level = MetrologistLevel.Level2,
        Person = new Person { Id = "p", Name = "王芳", IdNumber = "11010519491231002X" },
        Status = status, ValidTo = Today.AddDays(validForDays),
    };

    private static List<string> Codes(Application application, Registration? recorded, RegistryRecordKind? heldAs = null)
    {
        var findings = new List<Findings.Finding>();
        RecognisedRegistration.Check(new ApplicationCheckFacts(application, null, false, null, recorded, NamedRecordKind: heldAs ?? (recorded is null ? null : RegistryRecordKind.Registration)), Today, findings);
        return [.. findings.Select(f => $"{f.Code}@{f.Field}")];
    }

    [Theory]
    [InlineData(RegistryRecordKind.RegistrationRecognition)]
    [InlineData(RegistryRecordKind.CertificateRecognition)]
    public void A_number_the_registry_holds_as_a_recognition_is_refused_by_the_check(RegistryRecordKind kind)
    {
        Assert.Equal(["Recognition.NotARegistration@registrationNumber"], Codes(Filed("苏计量互认2021-0007"), null, kind));
    }

    [Fact]
    public void A_typed_level_is_refused_only_for_a_registration_recognition()
    {
        Assert.Equal("level", Assert.Single(RecognisedRegistration.FormProblems(ApplicationType.RegistrationRecognition, 1)).Field);
        Assert.Empty(RecognisedRegistration.FormProblems(ApplicationType.InitialRegistration, 1));
    }

    [Theory]
    [InlineData("苏计量注2020-0345")]
    [InlineData("CSJ-R2-320509-2025-000001")]
    public void A_registration_in_force_of_another_district_held_by_the_applicant_passes_whatever_its_number_looks_like(string number)
    {
        Assert.Empty(Codes(Filed(number), Registered(number)));
    }

    [Fact]
    public void The_registrys_district_decides_whether_it_is_the_own_district_not_the_district_a_number_seems_to_name()
    {
        const string number = "CSJ-R2-310118-2025-000001";

        Assert.Empty(Codes(Filed(number, employerDistrict: "310118"), Registered(number)));
        Assert.Equal(["Recognition.SameDistrict@registrationNumber"], Codes(Filed(number, employerDistrict: "320509"), Registered(number)));
    }

    [Fact]
    public void Unknown_numbers_other_holders_lapsed_registrations_and_the_own_district_are_findings()
    {
        const string number = "沪计注〔2019〕R1-0012";
        Assert.Equal(["Recognition.NotFound@registrationNumber"], Codes(Filed(number), null));
        Assert.Equal(["Recognition.HolderDiffers@personName"], Codes(Filed(number, name: "王方"), Registered(number)));
        Assert.Equal(["Recognition.NotInForce@registrationNumber"], Codes(Filed(number), Registered(number, validForDays: -1)));
        Assert.Equal(["Recognition.NotInForce@registrationNumber"], Codes(Filed(number), Registered(number, RegistrationStatus.Revoked)));
        Assert.Equal(["Recognition.SameDistrict@registrationNumber"], Codes(Filed(number, employerDistrict: "320509"), Registered(number)));
    }
}
