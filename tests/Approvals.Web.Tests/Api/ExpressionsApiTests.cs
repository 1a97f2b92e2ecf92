using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Approvals.Web.Tests.Support;

namespace Approvals.Web.Tests.Api;

public sealed class ExpressionsApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_well_formed_expression_is_valid()
    {
        var result = await Check(new { expression = "variables.amount > 1000 && input.district === '310118'" });

        Assert.True((bool)result["valid"]!);
        Assert.Null(result["error"]);
    }

    [Fact]
    public async Task An_expression_that_does_not_parse_comes_back_with_the_parser_s_message()
    {
        var result = await Check(new { expression = "variables.amount >" });

        Assert.False((bool)result["valid"]!);
        Assert.False(string.IsNullOrWhiteSpace((string?)result["error"]));
    }

    [Fact]
    public async Task A_missing_expression_is_a_bad_request_that_says_what_to_send()
    {
        var response = await factory.CreateClientAs(TestAccount.CommitteeRegulator).PostAsJsonAsync("/api/expressions/check", new { language = "JavaScript" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("缺少 expression", (string)(await response.ProblemAsync())["detail"]!);
    }

    [Fact]
    public async Task Only_regulators_may_check_expressions()
    {
        var reviewer = await factory.CreateClientAs(TestAccount.QingpuReviewer).PostAsJsonAsync("/api/expressions/check", new { expression = "1 + 1" });
        var anonymous = await factory.CreateClient().PostAsJsonAsync("/api/expressions/check", new { expression = "1 + 1" });

        Assert.Equal(HttpStatusCode.Forbidden, reviewer.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    private async Task<JsonObject> Check(object body)
    {
        var response = await factory.CreateClientAs(TestAccount.CommitteeRegulator).PostAsJsonAsync("/api/expressions/check", body);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }
}
