using System.Net;
using System.Net.Http.Json;
using Approvals.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Approvals.Web.Tests.Metrology;

/// <summary>
/// An application carries the certificates its type needs and no more (one per registered project for an initial
/// registration, at most Metrology:MaxCertificatesPerApplication for a certificate recognition), each once, so no account can make the platform write
/// thousands of verification requests and mails in one step.
/// </summary>
public sealed class CertificateClaimLimitTests(MetrologyApiFactory factory) : IClassFixture<MetrologyApiFactory>
{
    private const string Qingpu = "310118";
    private const string Jiashan = "330421";

    private static object Claim(int i, string district = Jiashan) =>
        new { kind = "ProjectAssessment", number = $"JS-FLOOD-{i:D5}", issuingDistrictCode = district, validUntil = DateOnly.FromDateTime(DateTime.Today.AddYears(2)) };

    private static object Recognition(IEnumerable<object> certificates) => new
    {
        type = "CertificateRecognition",
        personName = "钱多",
        idNumber = People.NewIdNumber(),
        employerName = "示范区互认测试有限公司",
        employerCreditCode = People.CreditCode(Qingpu),
        employerDistrictCode = Qingpu,
        certificates,
    };

    [Fact]
    public async Task A_draft_claiming_five_thousand_certificates_is_refused_and_nothing_is_stored()
    {
        var client = factory.ClientFor(TestUser.Applicant("flood-applicant"));

        var problem = await (await client.PostAsJsonAsync("/api/applications", Recognition(Enumerable.Range(0, 5000).Select(i => Claim(i))))).ReadAsync(HttpStatusCode.BadRequest);

        var error = Assert.Single(problem["errors"]!["certificates"]!.AsArray())!.GetValue<string>();
        Assert.Contains("最多填写 20 张证书", error);
        Assert.Contains("本次填写了 5000 张", error);
        Assert.Empty((await client.GetJsonAsync("/api/applications")).AsArray());
        Assert.False(await factory.DatabaseAsync(db => db.Applications.AnyAsync(a => a.ApplicantUserId == "flood-applicant")));
    }

    [Fact]
    public async Task An_initial_registration_takes_one_certificate_per_registered_project_and_a_refused_update_changes_nothing()
    {
        var cases = new Cases(factory);
        var (client, id) = await cases.DraftAsync(TestUser.Applicant("projects-applicant"), Cases.InitialRegistration(People.NewIdNumber(), Qingpu, 2, Jiashan, "JS-PROJ-00001"));
        static object TwoProjects(params object[] certificates) => new { projects = new[] { "长度计量", "衡器计量" }, certificates };

        using var english = new HttpRequestMessage(HttpMethod.Put, $"/api/applications/{id}") { Content = JsonContent.Create(TwoProjects(Claim(1), Claim(2), Claim(3))) };
        english.Headers.AcceptLanguage.ParseAdd("en");
        var refused = await (await client.SendAsync(english)).ReadAsync(HttpStatusCode.BadRequest);

        Assert.Equal(
            "Initial registration of a registered metrologist takes at most 2 certificate(s) (one per registered project); 3 were given. Remove the extra ones.",
            Assert.Single(refused["errors"]!["certificates"]!.AsArray())!.GetValue<string>());
        Assert.Equal(["JS-PROJ-00001"], (await cases.GetAsync(client, id))["form"]!["certificates"].Strings("number"));

        await (await client.PutAsJsonAsync($"/api/applications/{id}", TwoProjects(Claim(1), Claim(2)))).ReadAsync(HttpStatusCode.OK);
        Assert.Equal(["JS-FLOOD-00001", "JS-FLOOD-00002"], (await cases.GetAsync(client, id))["form"]!["certificates"].Strings("number"));
    }

    [Fact]
    public async Task The_same_certificate_or_project_given_twice_is_refused_with_the_item_it_repeats()
    {
        var client = factory.ClientFor(TestUser.Applicant("duplicate-applicant"));
        var form = new
        {
            type = "InitialRegistration",
            personName = "孙重",
            projects = new[] { "长度计量", "衡器计量", " 长度计量 " },
            certificates = new[] { Claim(7), Claim(7) },
        };

        var problem = await (await client.PostAsJsonAsync("/api/applications", form)).ReadAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["certificates[1].number", "projects[2]"], problem["errors"]!.AsObject().Select(e => e.Key).Order());
        Assert.Equal("证书 JS-FLOOD-00007（发证区 330421）与第 1 张重复；同一张证书只填一次。", problem["errors"]!["certificates[1].number"]![0]!.GetValue<string>());
        Assert.Equal("注册项目“长度计量”与第 1 项重复；每个项目只填一次。", problem["errors"]!["projects[2]"]![0]!.GetValue<string>());
        Assert.Empty((await client.GetJsonAsync("/api/applications")).AsArray());
    }

    [Fact]
    public void A_maximum_that_is_not_between_1_and_200_stops_the_start()
    {
        using var misconfigured = factory.WithWebHostBuilder(builder => builder.UseSetting("Metrology:MaxCertificatesPerApplication", "0"));

        var error = Assert.Throws<OptionsValidationException>(() => misconfigured.CreateClient());

        Assert.Contains(error.Failures, f => f.Contains("MaxCertificatesPerApplication", StringComparison.Ordinal));
    }
}
