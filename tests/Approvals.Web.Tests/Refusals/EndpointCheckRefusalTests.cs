using System.Net;
using System.Net.Http.Json;
using Approvals.Text;
using Approvals.Web.Tests.Support;

namespace Approvals.Web.Tests.Refusals;

/// <summary>
/// A request an endpoint checks itself is refused like one a service refuses: the same kinds, titles and shape,
/// written by the one exception handler.
/// </summary>
public sealed class EndpointCheckRefusalTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string BadRequestType = "https://tools.ietf.org/html/rfc9110#section-15.5.1";

    [Theory]
    [InlineData("/api/admin/outbox/not-a-number/resend", "“not-a-number”不是消息编号：请使用列表中显示的正整数。")]
    [InlineData("/api/admin/calendar/1999", "1999 年不在日历可覆盖的年份范围（2000–2100）内。")]
    public async Task An_administrator_request_an_endpoint_refuses_is_a_bad_request_titled_like_every_invalid_refusal(string path, string detail)
    {
        var client = factory.CreateClientAs(TestAccount.Administrator);

        var response = path.EndsWith("/resend", StringComparison.Ordinal) ? await client.PostAsync(path, null) : await client.GetAsync(path);
        var problem = await response.ProblemAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(InvalidRefusal.KindTitle.ZhCn, (string)problem["title"]!);
        Assert.Equal(detail, (string)problem["detail"]!);
        Assert.Equal(BadRequestType, (string)problem["type"]!);
        Assert.Equal(400, (int)problem["status"]!);
    }

    [Fact]
    public async Task A_missing_expression_is_refused_in_English_when_the_caller_asks_for_it()
    {
        var client = factory.CreateClientAs(TestAccount.Staff);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var response = await client.PostAsJsonAsync("/api/expressions/check", new { language = "JavaScript" });
        var problem = await response.ProblemAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(InvalidRefusal.KindTitle.En, (string)problem["title"]!);
        Assert.Equal("expression is required: send the text to check.", (string)problem["detail"]!);
    }

    [Fact]
    public async Task A_district_regulator_starting_an_instance_in_another_district_is_forbidden_with_the_forbidden_title()
    {
        var client = factory.CreateClientAs(TestAccount.QingpuRegulator);

        var response = await client.PostAsJsonAsync("/api/workflow-instances", new { definitionId = "any", district = "320509" });
        var problem = await response.ProblemAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(ForbiddenRefusal.KindTitle.ZhCn, (string)problem["title"]!);
        Assert.Equal("只能在本区发起流程；执行委员会可以为任一区发起。", (string)problem["detail"]!);
    }

    [Fact]
    public async Task A_publication_request_without_a_reason_lists_the_reason_field_under_the_invalid_fields_title()
    {
        var client = factory.CreateClientAs(TestAccount.Staff);

        var response = await client.PostAsJsonAsync("/api/workflow-definitions/any/publication-requests", new { reason = " " });
        var problem = await response.ProblemAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(InvalidFieldsRefusal.FieldsTitle.ZhCn, (string)problem["title"]!);
        Assert.Equal("有 1 个字段填写有误：reason。", (string)problem["detail"]!);
        Assert.Equal(["请填写理由。"], problem["errors"]!["reason"]!.AsArray().Select(m => (string)m!));
    }

    [Fact]
    public async Task The_middleware_refusing_a_role_uses_the_same_title_as_a_forbidden_refusal()
    {
        var response = await factory.CreateClientAs(TestAccount.Applicant).GetAsync("/api/admin/outbox");
        var problem = await response.ProblemAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(ForbiddenRefusal.KindTitle.ZhCn, (string)problem["title"]!);
    }

    [Fact]
    public async Task An_unknown_address_uses_the_same_title_as_a_not_found_refusal()
    {
        var response = await factory.CreateClientAs(TestAccount.Staff).GetAsync("/api/no-such-resource");
        var problem = await response.ProblemAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(NotFoundRefusal.KindTitle.ZhCn, (string)problem["title"]!);
    }

    [Fact]
    public async Task A_wrong_password_is_still_a_401_titled_sign_in_failed()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { email = "nobody@test.local", password = "wrong" });
        var problem = await response.ProblemAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("登录失败", (string)problem["title"]!);
        Assert.Equal("电子邮箱或密码错误。", (string)problem["detail"]!);
    }
}
