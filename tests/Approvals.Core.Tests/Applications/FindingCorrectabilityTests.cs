using Approvals.Core.Activities;
using Approvals.Core.Applications;
using Approvals.Core.Findings;
using Approvals.Core.Registry;
using Approvals.Text;

namespace Approvals.Core.Tests.Applications;

public sealed class FindingCorrectabilityTests
{
    private static readonly DocumentRequirement Photo = new([DocumentKind.Photo]);

    public static TheoryData<Finding> Correctable() => new(
        ApplicationFindings.MissingDocument(Photo, 1),
        ApplicationFindings.Required("personName", new LocalizedText("姓名", "name")),
        ApplicationFindings.RenewalNotFound("CSJ-R2-310118-2021-000001"),
        ApplicationFindings.QualificationLevelDiffers("Q1", MetrologistLevel.Level1, MetrologistLevel.Level2),
        ApplicationFindings.EmployerNotEnterprise("92310118MA1JL0001X"),
        RecognitionFindings.NotFound("CSJ-R2-320509-2025-000001"),
        RecognitionFindings.HolderDiffers("CSJ-R2-320509-2025-000001", "personName"));

    public static TheoryData<Finding> NotCorrectable() => new(
        ApplicationFindings.DuplicateRegistration("CSJ-R2-310118-2021-000001"),
        ApplicationFindings.DuplicateApplication(),
        ApplicationFindings.RenewalOutsideWindow("CSJ-R2-310118-2021-000001", new(2027, 1, 1), new(2026, 9, 1)),
        ApplicationFindings.RenewalNotActive("CSJ-R2-310118-2021-000001"),
        ApplicationFindings.EmployerOutsideZone("110105"),
        ApplicationFindings.RecognitionInSameDistrict("registrationNumber"),
        RecognitionFindings.NotInForce("CSJ-R2-320509-2025-000001", new("已过期", "expired")));

    [Theory]
    [MemberData(nameof(Correctable))]
    public void A_gap_or_typo_the_applicant_can_fix_is_correctable(Finding finding) => Assert.True(finding.IsCorrectable);

    [Theory]
    [MemberData(nameof(NotCorrectable))]
    public void A_fact_a_correction_cannot_change_is_not_correctable(Finding finding) => Assert.False(finding.IsCorrectable);

    [Fact]
    public void The_check_passes_with_no_findings_asks_for_corrections_when_all_are_correctable_and_refuses_acceptance_otherwise()
    {
        var gap = ApplicationFindings.MissingDocument(Photo, 1);
        var outsideWindow = ApplicationFindings.RenewalOutsideWindow("CSJ-R2-310118-2021-000001", new(2027, 1, 1), new(2026, 9, 1));

        Assert.Equal(
            [DocumentCheckActivity.Passed, DocumentCheckActivity.Failed, DocumentCheckActivity.NotAccepted],
            [DocumentCheckActivity.Outcome([]), DocumentCheckActivity.Outcome([gap]), DocumentCheckActivity.Outcome([gap, outsideWindow])]);
    }

    [Fact]
    public void Whether_a_finding_is_correctable_travels_with_it_to_the_procedure_and_the_pages()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(ApplicationFindings.DuplicateApplication(), new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web));

        Assert.Contains("\"isCorrectable\":false", json);
    }
}
