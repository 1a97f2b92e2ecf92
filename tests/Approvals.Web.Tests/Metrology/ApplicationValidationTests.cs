using System.Net;
using System.Net.Http.Json;
using Approvals.Web.Tests.Support;

namespace Approvals.Web.Tests.Metrology;

public sealed class ApplicationValidationTests(MetrologyApiFactory factory) : IClassFixture<MetrologyApiFactory>
{
    [Fact]
    public async Task A_draft_with_several_bad_fields_lists_every_field_at_once()
    {
        var client = factory.ClientFor(TestUser.Applicant("validation-applicant"));

        var problem = await (await client.PostAsJsonAsync("/api/applications", new
        {
            employerDistrictCode = "110105",
            level = 3,
            certificates = new[] { new { number = "", issuingDistrictCode = "999999" } },
        })).ReadAsync(HttpStatusCode.BadRequest);

        Assert.Equal(
            ["certificates[0].issuingDistrictCode", "certificates[0].kind", "certificates[0].number", "employerDistrictCode", "level", "type"],
            problem["errors"]!.AsObject().Select(e => e.Key).Order());
    }

    [Theory]
    [InlineData(null, "长度不能超过 100 个字符。")]
    [InlineData("en", "personName must be at most 100 characters.")]
    public async Task Field_errors_are_in_Chinese_unless_the_caller_asks_for_English(string? acceptLanguage, string expected)
    {
        var client = factory.ClientFor(TestUser.Applicant("validation-language"));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/applications")
        {
            Content = JsonContent.Create(new { type = "InitialRegistration", personName = new string('张', 101) }),
        };
        if (acceptLanguage is not null)
            request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);

        var problem = await (await client.SendAsync(request)).ReadAsync(HttpStatusCode.BadRequest);

        Assert.Equal(expected, Assert.Single(problem["errors"]!["personName"]!.AsArray())!.GetValue<string>());
    }

    [Fact]
    public async Task The_culture_cookie_of_the_language_switch_also_chooses_English()
    {
        var client = factory.ClientFor(TestUser.Applicant("validation-cookie"));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/applications") { Content = JsonContent.Create(new { level = 3 }) };
        request.Headers.Add("Cookie", $"{Microsoft.AspNetCore.Localization.CookieRequestCultureProvider.DefaultCookieName}={Uri.EscapeDataString(Approvals.Web.Localization.SupportedCultures.CookieValue("en"))}");

        var problem = await (await client.SendAsync(request)).ReadAsync(HttpStatusCode.BadRequest);

        Assert.Equal("level must be 1 (一级) or 2 (二级).", problem["errors"]!["level"]![0]!.GetValue<string>());
        Assert.Equal("type is required: one of InitialRegistration, Renewal, RegistrationRecognition, CertificateRecognition, Change, Cancellation, Revocation.", problem["errors"]!["type"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Another_applicants_case_reads_as_not_found()
    {
        var (_, id) = await new Cases(factory).DraftAsync(TestUser.Applicant("owner"), Cases.InitialRegistration(People.NewIdNumber(), "310118", 2, "310118", "JL-V-1"));

        Assert.Equal(HttpStatusCode.NotFound, (await factory.ClientFor(TestUser.Applicant("intruder")).GetAsync($"/api/applications/{id}")).StatusCode);
    }
}
