using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Approvals.Core.Access;
using Approvals.Core.Checks;
using Approvals.Infrastructure.Identity;
using Approvals.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.Web.Tests.Identity;

/// <summary>
/// An enterprise signs up at <c>/account/register-employer</c> (the form a browser posts): a credit code with a wrong check
/// character, or one registered outside the zone, is refused with the reason and creates no account; a valid one makes an
/// Employer account that, once its address is confirmed from the mail, signs in and follows its enterprise's cases.
/// </summary>
public sealed class EmployerSignUpPageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Qingpu = "310118";

    private static string ValidCode(string division, string serial)
    {
        var first17 = $"91{division}{serial}";
        return first17 + UnifiedSocialCreditCode.ExpectedCheckCharacter(first17);
    }

    private static string WrongCheckCharacter(string code) => code[..17] + (code[17] == '0' ? '1' : '0');

    private Task<HttpResponseMessage> SignUpAsync(HttpClient client, string email, string creditCode, string district = Qingpu) =>
        client.SubmitAsync("/account/register-employer", "register-employer", new Dictionary<string, string>
        {
            ["Input.EnterpriseName"] = "青浦示范计量科技有限公司",
            ["Input.CreditCode"] = creditCode,
            ["Input.District"] = district,
            ["Input.DisplayName"] = "经办人周",
            ["Input.Email"] = email,
            ["Input.Password"] = TestAccount.Password,
            ["Input.ConfirmPassword"] = TestAccount.Password,
        });

    private async Task<ApprovalsUser?> AccountAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<ApprovalsUser>>().FindByEmailAsync(email);
    }

    [Fact]
    public async Task A_credit_code_with_a_wrong_check_character_is_refused_with_the_reason_and_creates_no_account()
    {
        const string email = "wrong.check@enterprise.test";

        var response = await SignUpAsync(factory.CreateClient(), email, WrongCheckCharacter(ValidCode(Qingpu, "MA1TGN001")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("统一社会信用代码校验码不正确", await PageTextAsync(response), StringComparison.Ordinal);
        Assert.Null(await AccountAsync(email));
        Assert.Empty(await AccountForms.MailTo(factory.Folder, email));
    }

    [Fact]
    public async Task Each_problem_is_shown_under_its_own_field_the_credit_code_s_under_the_credit_code_and_the_passwords_under_the_confirmation()
    {
        var response = await factory.CreateClient().SubmitAsync("/account/register-employer", "register-employer", new Dictionary<string, string>
        {
            ["Input.EnterpriseName"] = "",
            ["Input.CreditCode"] = WrongCheckCharacter(ValidCode(Qingpu, "MA1TGN002")),
            ["Input.District"] = Qingpu,
            ["Input.DisplayName"] = "经办人吴",
            ["Input.Email"] = "fields@enterprise.test",
            ["Input.Password"] = TestAccount.Password,
            ["Input.ConfirmPassword"] = TestAccount.Password + "x",
        });
        var page = await PageTextAsync(response);

        Assert.Contains("统一社会信用代码校验码不正确", FieldProblem(page, "credit-code"), StringComparison.Ordinal);
        Assert.Equal("请填写此项。", FieldProblem(page, "enterprise-name"));
        Assert.Equal("两次输入的密码不一致。", FieldProblem(page, "confirm"));
        Assert.DoesNotContain("id=\"display-name-problem\"", page, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"credit-code-problem\"", page, StringComparison.Ordinal);
        Assert.Null(await AccountAsync("fields@enterprise.test"));
    }

    private static string FieldProblem(string page, string field)
    {
        var match = System.Text.RegularExpressions.Regex.Match(page, $"<small id=\"{field}-problem\"[^>]*>([^<]*)</small>");
        Assert.True(match.Success, $"No problem is shown under '{field}'.");
        return match.Groups[1].Value;
    }

    [Fact]
    public async Task An_enterprise_registered_outside_the_zone_is_refused_whatever_district_it_names_and_creates_no_account()
    {
        const string email = "beijing@enterprise.test";
        var beijing = ValidCode("110105", "MA1BJ0001");

        var claimingQingpu = await PageTextAsync(await SignUpAsync(factory.CreateClient(), email, beijing));
        var namingItsOwn = await PageTextAsync(await SignUpAsync(factory.CreateClient(), email, beijing, "110105"));

        Assert.Contains("的登记机关行政区划（110105）与填写的用人单位所在区", claimingQingpu, StringComparison.Ordinal);
        Assert.Contains("用人单位所在区（110105）不在示范区内", namingItsOwn, StringComparison.Ordinal);
        Assert.Null(await AccountAsync(email));
    }

    [Fact]
    public async Task A_zone_enterprise_signs_up_confirms_its_address_from_the_mail_and_signs_in_as_an_employer()
    {
        const string email = "hr.signup@enterprise.test";
        var code = ValidCode(Qingpu, "MA1QP0001");
        var client = factory.CreateClient();

        var response = await SignUpAsync(client, email, code.ToLowerInvariant());

        Assert.Contains("确认邮件", await PageTextAsync(response), StringComparison.Ordinal);
        var account = await AccountAsync(email);
        Assert.NotNull(account);
        Assert.Equal(code, account.EnterpriseCreditCode);
        Assert.Equal("青浦示范计量科技有限公司", account.EnterpriseName);
        Assert.Equal(Qingpu, account.District);
        Assert.Equal(HttpStatusCode.Unauthorized, (await LoginAsync(email)).StatusCode);

        var link = Assert.Single(AccountForms.Links(Assert.Single(await AccountForms.MailTo(factory.Folder, email))).Distinct());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(link).PathAndQuery)).StatusCode);
        var login = await LoginAsync(email);

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var signedIn = factory.CreateClient();
        signedIn.DefaultRequestHeaders.Authorization = new("Bearer", (string)(await login.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!);
        Assert.Equal(HttpStatusCode.OK, (await signedIn.GetAsync("/api/employer/cases")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await signedIn.GetAsync("/api/applications")).StatusCode);
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApprovalsUser>>();
        Assert.Equal([ApprovalsRoles.Employer], await users.GetRolesAsync((await users.FindByEmailAsync(email))!));
    }

    /// <summary>The page as a reader sees it: the server writes Chinese as character references.</summary>
    private static async Task<string> PageTextAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    private Task<HttpResponseMessage> LoginAsync(string email) =>
        factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { email, password = TestAccount.Password });
}
