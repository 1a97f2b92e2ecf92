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
}
