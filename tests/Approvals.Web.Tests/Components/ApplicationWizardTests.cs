using Approvals.Infrastructure.Identity;
using Approvals.Web.Features.Applications.Pages;
using Approvals.Web.Tests.Support;
using Bunit;
using Approvals.Core.Access;

namespace Approvals.Web.Tests.Components;

/// <summary>The filing wizard checks the form when the applicant moves on, and says what is wrong beside the field, in the UI's language.</summary>
public sealed class ApplicationWizardTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private PageRenderer Page(string culture)
    {
        var id = Guid.NewGuid().ToString("N");
        return new PageRenderer(factory, culture, new TestAccount($"{id}@test.local", null, ApprovalsRoles.Applicant), id);
    }

    [Theory]
    [InlineData("zh-CN", "长度不能超过 100 个字符。")]
    [InlineData("en", "personName must be at most 100 characters.")]
    public async Task A_name_that_is_too_long_keeps_the_applicant_on_the_step_with_the_reason_beside_the_field(string culture, string expected)
    {
        await using var page = Page(culture);
        var wizard = page.Render<ApplicationWizard>();

        wizard.Find("#personName").Change(new string('张', 101));
        wizard.Find("[data-testid=next]").Click();

        wizard.WaitForAssertion(() => Assert.Equal(expected, wizard.Find("[data-field=personName]").TextContent.Trim()));
        Assert.Single(wizard.FindAll("#personName"));
    }

    [Fact]
    public async Task A_corrected_name_clears_the_problem_and_opens_the_next_step()
    {
        await using var page = Page("zh-CN");
        var wizard = page.Render<ApplicationWizard>();
        wizard.Find("#personName").Change(new string('张', 101));
        wizard.Find("[data-testid=next]").Click();
        wizard.WaitForAssertion(() => Assert.NotEmpty(wizard.FindAll("[data-field=personName]")));

        wizard.Find("#personName").Change("张三");
        wizard.Find("[data-testid=next]").Click();

        wizard.WaitForAssertion(() => Assert.NotEmpty(wizard.FindAll("#employerName")));
        Assert.Empty(wizard.FindAll("[role=alert]"));
    }

    // Saving and the pre-check go to the database; the machine running the tests may be busy.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData("zh-CN", "身份证号码校验码不正确")]
    [InlineData("en", "check character")]
    public async Task A_wrong_ID_check_digit_is_shown_beside_the_ID_field_before_submission_in_the_pages_language(string culture, string expected)
    {
        await using var page = Page(culture);
        var wizard = page.Render<ApplicationWizard>();
        var first17 = culture == "en" ? "31011819870707124" : "31011819870707123";
        var wrong = Approvals.Core.Checks.ResidentIdNumber.ExpectedCheckCharacter(first17) == '0' ? '1' : '0';

        wizard.Find("#personName").Change("周校验");
        wizard.Find("#idNumber").Change(first17 + wrong);
        wizard.Find("[data-testid=next]").Click();
        await wizard.WaitForAssertionAsync(() => Assert.Equal("true", wizard.Find("[data-step='0']").GetAttribute("data-has-findings")), Patience);
        wizard.Find("[data-step='0']").Click();

        await wizard.WaitForAssertionAsync(() => Assert.Contains(expected, wizard.Find("[data-field=idNumber]").TextContent), Patience);
    }

    [Fact]
    public async Task A_corrected_ID_number_clears_the_finding_beside_the_field()
    {
        await using var page = Page("zh-CN");
        var wizard = page.Render<ApplicationWizard>();
        const string first17 = "31011819880808456";
        var right = Approvals.Core.Checks.ResidentIdNumber.ExpectedCheckCharacter(first17);
        wizard.Find("#personName").Change("周校验");
        wizard.Find("#idNumber").Change(first17 + (right == '0' ? '1' : '0'));
        wizard.Find("[data-testid=next]").Click();
        await wizard.WaitForAssertionAsync(() => Assert.Equal("true", wizard.Find("[data-step='0']").GetAttribute("data-has-findings")), Patience);
        wizard.Find("[data-step='0']").Click();
        await wizard.WaitForAssertionAsync(() => Assert.NotEmpty(wizard.FindAll("[data-field=idNumber]")), Patience);

        wizard.Find("#idNumber").Change(first17 + right);
        wizard.Find("[data-testid=next]").Click();

        await wizard.WaitForAssertionAsync(() => Assert.Equal("false", wizard.Find("[data-step='0']").GetAttribute("data-has-findings")), Patience);
        wizard.Find("[data-step='0']").Click();
        await wizard.WaitForAssertionAsync(() => Assert.NotEmpty(wizard.FindAll("#idNumber")), Patience);
        Assert.Empty(wizard.FindAll("[data-field=idNumber]"));
    }
}
