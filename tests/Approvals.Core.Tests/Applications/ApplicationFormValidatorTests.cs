using System.Text.RegularExpressions;
using Approvals.Core.Applications;
using Approvals.Core.Districts;

namespace Approvals.Core.Tests.Applications;

/// <summary>The form's shape problems: every one at once, each with its field and code, in Chinese and English.</summary>
public sealed partial class ApplicationFormValidatorTests
{
    private static readonly DistrictDirectory Districts = DistrictDirectory.LoadEmbedded();

    private static readonly ApplicationForm EverythingWrong = new(
        Type: (ApplicationType)99,
        PersonName: new string('张', 101),
        EmployerDistrictCode: "110105",
        Level: 3,
        Culture: "fr",
        Projects: [""],
        Certificates: [new CertificateClaimForm(null, "", "999999", null)]);

    [Fact]
    public void Every_problem_is_found_at_once_with_its_field()
    {
        var problems = ApplicationFormValidator.Validate(EverythingWrong, Districts, creating: true);

        Assert.Equal(
            ["certificates[0].issuingDistrictCode", "certificates[0].kind", "certificates[0].number", "culture", "employerDistrictCode", "level", "personName", "projects[0]", "type"],
            problems.Select(p => p.Field).Order());
    }

    [Fact]
    public void Every_problem_is_said_in_Chinese_and_in_English()
    {
        var problems = ApplicationFormValidator.Validate(EverythingWrong, Districts, creating: true);

        Assert.All(problems, p =>
        {
            Assert.Matches(Chinese(), p.Message.ZhCn);
            Assert.StartsWith("Form.", p.Code, StringComparison.Ordinal);
            Assert.NotEqual(p.Message.ZhCn, p.Message.En);
        });
    }

    [Fact]
    public void A_district_outside_the_zone_names_the_zone_districts_in_each_language()
    {
        var problem = Assert.Single(ApplicationFormValidator.Validate(new ApplicationForm(ApplicationType.Renewal, EmployerDistrictCode: "110105"), Districts, creating: false));

        Assert.Equal(ApplicationFormValidator.OutsideZoneCode, problem.Code);
        Assert.Equal("用人单位所在地必须是示范区的区县：310118（青浦区）、320509（吴江区）、330421（嘉善县）。", problem.Message.ZhCn);
        Assert.Equal("employerDistrictCode must be a district of the zone: 310118 (Qingpu District), 320509 (Wujiang District), 330421 (Jiashan County).", problem.Message.En);
    }

    [Fact]
    public void A_complete_form_has_no_problems() =>
        Assert.Empty(ApplicationFormValidator.Validate(new ApplicationForm(ApplicationType.InitialRegistration, "张三", Level: 2, EmployerDistrictCode: "310118"), Districts, creating: true));

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();
}
