using Approvals.Core.Applications;
using Approvals.Core.Findings;
using Approvals.Core.Registry;

namespace Approvals.Core.Tests.Applications;

public sealed class RegistrationEndingChecksTests
{
    private const string Number = "沪计注〔2019〕R1-0012";
    private const string IdNumber = "11010519491231002X";

    private static Application Ending(ApplicationType type, string? startedBy = null, params DocumentKind[] documents) => new()
    {
        Id = "a1", Type = type, ApplicantUserId = "holder", ApplicantEmail = "holder@example.test",
        PersonName = "张伟", IdNumber = IdNumber, RegistrationNumber = Number, DistrictCode = "310118", Reason = "本人申请注销。",
        StartedByUserId = startedBy,
        Documents = documents.Select((k, i) => new ApplicationDocument { Id = $"d{i}", ApplicationId = "a1", Kind = k, FileName = "f.pdf", Sha256 = "", UploadedBy = "u" }).ToList(),
    };

    private static Registration Registered(RegistrationStatus status = RegistrationStatus.Active, string name = "张伟", string idNumber = IdNumber) => new()
    {
        Id = "r1", Number = Number, PersonId = "p", EnterpriseId = "e", DistrictCode = "310118", Level = MetrologistLevel.Level2,
        ValidFrom = new(2021, 1, 1), ValidTo = new(2025, 12, 31), Status = status, Person = new Person { Id = "p", Name = name, IdNumber = idNumber },
    };

    private static IReadOnlyList<Finding> Check(Application application, Registration? registration, bool otherOpen = false) =>
        ApplicationChecks.Run(new ApplicationCheckFacts(application, null, otherOpen, null, RegistrationToEnd: registration),
            RequiredDocuments.Default(application.Type), Core.Districts.DistrictDirectory.LoadEmbedded(), new Core.Settings.MetrologyOptions(), new DateOnly(2026, 6, 1));

    [Fact]
    public void A_holders_complete_cancellation_of_their_registration_in_force_passes_without_employer_fields()
    {
        Assert.Empty(Check(Ending(ApplicationType.Cancellation, null, DocumentKind.ApplicationForm), Registered()));
    }

    [Fact]
    public void A_cancellation_of_a_registration_held_under_another_ID_number_reads_as_not_found_and_can_be_corrected()
    {
        var finding = Assert.Single(Check(Ending(ApplicationType.Cancellation, null, DocumentKind.ApplicationForm), Registered(idNumber: "110105194912310021")));

        Assert.Equal((RegistrationEndingChecks.NotFoundCode, true), (finding.Code, finding.IsCorrectable));
    }

    [Theory]
    [InlineData(RegistrationStatus.Cancelled)]
    [InlineData(RegistrationStatus.Revoked)]
    public void A_registration_that_already_ended_cannot_be_ended_again_and_the_case_is_not_accepted(RegistrationStatus status)
    {
        var finding = Assert.Single(Check(Ending(ApplicationType.Revocation, "regulator", DocumentKind.Evidence), Registered(status)));

        Assert.Equal((RegistrationEndingChecks.NotInForceCode, false), (finding.Code, finding.IsCorrectable));
    }

    [Fact]
    public void A_bureau_cancellation_needs_its_ground_and_evidence_but_not_the_holders_form_or_ID_number()
    {
        var application = Ending(ApplicationType.Cancellation, "regulator");
        application.IdNumber = null;

        Assert.Equal(["Document.Missing", "Field.Required"], Check(application, Registered()).Select(f => f.Code).Order());

        application.Ground = CancellationGround.Deceased;
        application.Documents = [new ApplicationDocument { Id = "e", ApplicationId = "a1", Kind = DocumentKind.Evidence, FileName = "e.pdf", Sha256 = "", UploadedBy = "r" }];
        Assert.Empty(Check(application, Registered()));
    }

    [Fact]
    public void A_case_without_a_reason_or_number_lists_both_at_once()
    {
        var application = Ending(ApplicationType.Revocation, "regulator", DocumentKind.Evidence);
        application.Reason = null;
        application.RegistrationNumber = null;

        Assert.Equal(["reason", "registrationNumber"], Check(application, null).Select(f => f.Field).Order());
    }

    [Fact]
    public void A_second_open_case_of_the_same_kind_for_the_person_is_not_accepted()
    {
        Assert.Contains(Check(Ending(ApplicationType.Cancellation, null, DocumentKind.ApplicationForm), Registered(), otherOpen: true), f => f.Code == "Application.Duplicate");
    }
}
