using Approvals.Core.Applications;
using Approvals.Core.Registry;

namespace Approvals.Core.Tests.Applications;

/// <summary>The level that decides four eyes and that is registered comes from the registry, never from the form.</summary>
public sealed class DecidingLevelTests
{
    private static Application Filed(ApplicationType type, MetrologistLevel? declared, string? registrationNumber = null) => new()
    {
        Id = "a1", Type = type, ApplicantUserId = "u", ApplicantEmail = "u@example.test", IdNumber = "11010519491231002X",
        Level = declared, RegistrationNumber = registrationNumber, QualificationCertificateNumber = "ZG-1",
    };

    private static Registration Registered(MetrologistLevel level, string number) => new()
    {
        Id = "r1", Number = number, PersonId = "p", EnterpriseId = "e", DistrictCode = "310118", Level = level,
        Status = RegistrationStatus.Active,
    };

    [Fact]
    public void A_renewal_is_decided_at_the_level_of_the_registration_renewed_whatever_the_form_says()
    {
        var application = Filed(ApplicationType.Renewal, MetrologistLevel.Level2, "CSJ-R1-310118-2021-000001");
        var facts = new ApplicationCheckFacts(application, null, false, Registered(MetrologistLevel.Level1, "CSJ-R1-310118-2021-000001"));

        Assert.Equal(MetrologistLevel.Level1, DecidingLevel.Of(facts));
    }

    [Fact]
    public void A_registration_recognition_is_decided_at_the_registry_level_and_has_none_without_a_registry_record()
    {
        var application = Filed(ApplicationType.RegistrationRecognition, MetrologistLevel.Level2, "CSJ-R1-310118-2021-000001");

        Assert.Equal(MetrologistLevel.Level1, DecidingLevel.Of(new ApplicationCheckFacts(application, null, false, null,
            Registered(MetrologistLevel.Level1, "CSJ-R1-310118-2021-000001"))));
        Assert.Null(DecidingLevel.Of(new ApplicationCheckFacts(application, null, false, null)));
    }

    [Fact]
    public void An_initial_registration_is_decided_at_the_level_of_the_recorded_qualification_certificate_or_else_the_declared_one()
    {
        var application = Filed(ApplicationType.InitialRegistration, MetrologistLevel.Level2);

        Assert.Equal(MetrologistLevel.Level1, DecidingLevel.Of(new ApplicationCheckFacts(application, null, false, null,
            Qualification: new RecordedQualification("ZG-1", MetrologistLevel.Level1, "11010519491231002X"))));
        Assert.Equal(MetrologistLevel.Level2, DecidingLevel.Of(new ApplicationCheckFacts(application, null, false, null)));
    }

    [Fact]
    public void The_records_a_case_names_decide_a_renewal_or_change_only_when_the_applicant_holds_the_registration()
    {
        const string number = "CSJ-R1-310118-2021-000001";
        var own = Registered(MetrologistLevel.Level1, number);
        own.Person = new Person { Id = "p", IdNumber = "11010519491231002X", Name = "持证人" };
        var someoneElses = Registered(MetrologistLevel.Level1, number);
        someoneElses.Person = new Person { Id = "q", IdNumber = "110105194912310021", Name = "他人" };

        Assert.Equal(MetrologistLevel.Level1, DecidingLevel.Of(new DecidingRecords(Filed(ApplicationType.Renewal, MetrologistLevel.Level2, number), own, null)));
        Assert.Null(DecidingLevel.Of(new DecidingRecords(Filed(ApplicationType.Renewal, MetrologistLevel.Level2, number), someoneElses, null)));
        Assert.Null(new DecidingRecords(Filed(ApplicationType.Change, MetrologistLevel.Level2, number), someoneElses, null).RegistrationToChange);
        // A recognition reads the registration under its number whoever holds it: the check reports a holder who differs.
        Assert.Equal(MetrologistLevel.Level1, DecidingLevel.Of(new DecidingRecords(Filed(ApplicationType.RegistrationRecognition, MetrologistLevel.Level2, number), someoneElses, null)));
        Assert.Equal(MetrologistLevel.Level2, DecidingLevel.Of(new DecidingRecords(Filed(ApplicationType.InitialRegistration, MetrologistLevel.Level2), null, null)));
    }
}
