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

    [Fact]
    public async Task Another_applicants_case_reads_as_not_found()
    {
        var (_, id) = await new Cases(factory).DraftAsync(TestUser.Applicant("owner"), Cases.InitialRegistration(People.NewIdNumber(), "310118", 2, "310118", "JL-V-1"));

        Assert.Equal(HttpStatusCode.NotFound, (await factory.ClientFor(TestUser.Applicant("intruder")).GetAsync($"/api/applications/{id}")).StatusCode);
    }
}
