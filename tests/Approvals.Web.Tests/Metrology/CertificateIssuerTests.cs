using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Approvals.Core.Registry;
using Approvals.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Web.Tests.Metrology;

/// <summary>
/// Certificates of provincial and city bureaus (and of the former quality and technical supervision bureaus) are
/// named by their issuer's code from <c>reference/issuers.json</c>: an issuer inside a zone district is asked like that
/// district; any other is confirmed from the registry or verified by the deciding district's reviewer, issuer named.
/// </summary>
public abstract class CertificateIssuerTests<TFactory> : IClassFixture<TFactory>, IAsyncLifetime
    where TFactory : MetrologyApiFactory
{
    private const string Qingpu = "310118";
    private const string Jiashan = "330421";

    private readonly TFactory _factory;
    private readonly Cases _cases;
    private readonly TestUser _qingpuReviewer = TestUser.Reviewer("issuer-qingpu-reviewer", Qingpu);

    protected CertificateIssuerTests(TFactory factory)
    {
        _factory = factory;
        _cases = new Cases(factory);
    }

    public Task InitializeAsync() => _factory.SeedRegistryAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [SkippableFact]
    public async Task A_provincial_certificate_unknown_to_the_registry_goes_to_the_deciding_reviewer_with_the_issuer_named()
    {
        var (client, id, submitted) = await _cases.SubmitAsync(TestUser.Applicant("provincial-applicant"), Recognition(People.NewIdNumber(), "JSQTS-2011-0042", "qts-320000"), Cases.RecognitionDocuments);

        Assert.Equal("InReview", Cases.Status(submitted));
        Assert.Equal("qts-320000", submitted["form"]!["certificates"]![0]!["issuerCode"].Str());
        Assert.False(await _factory.DatabaseAsync(db => db.VerificationRequests.AnyAsync(v => v.ApplicationId == id)));
        Assert.Contains("JSQTS-2011-0042（江苏省质量技术监督局）登记簿中无记录", await ReviewDescriptionAsync(id, "zh-CN"));
        Assert.Contains("(Jiangsu Provincial Bureau of Quality and Technical Supervision) is not in the registry", await ReviewDescriptionAsync(id, "en"));

        (await _cases.DecideAsync(_qingpuReviewer, id, "review", "Approve", "已向江苏省市场监管局核实")).EnsureSuccessStatusCode();
        Assert.Equal("Approved", Cases.Status(await _cases.GetAsync(client, id)));
        var recognition = await _factory.DatabaseAsync(db => db.Recognitions.AsNoTracking().SingleAsync(r => r.ApplicationId == id));
        Assert.Equal(("JSQTS-2011-0042", "320000"), (recognition.RecognisedNumber, recognition.OriginDistrictCode));
    }

    [SkippableFact]
    public async Task A_city_bureau_certificate_the_registry_holds_is_confirmed_from_it_without_asking_anyone()
    {
        var idNumber = People.NewIdNumber();
        await _factory.DatabaseAsync(async db =>
        {
            var person = new Person { Id = $"issuer-person-{idNumber}", Name = "冯城", IdNumber = idNumber };
            db.Persons.Add(person);
            db.ProjectCertificates.Add(new ProjectCertificate
            {
                Id = $"issuer-certificate-{idNumber}", Kind = ProjectCertificateKind.ProjectAssessment, Number = "JX-CITY-0007", PersonId = person.Id,
                IssuingDistrictCode = "330400", Issuer = "嘉兴市质量技术监督局", ValidFrom = DateOnly.FromDateTime(DateTime.Today.AddYears(-2)),
                ValidTo = DateOnly.FromDateTime(DateTime.Today.AddYears(2)), Status = RegistrationStatus.Active,
            });
            return await db.SaveChangesAsync();
        });

        var (_, id, submitted) = await _cases.SubmitAsync(TestUser.Applicant("city-applicant"), Recognition(idNumber, "JX-CITY-0007", "qts-330400", "冯城"), Cases.RecognitionDocuments);

        Assert.Equal("InReview", Cases.Status(submitted));
        Assert.False(await _factory.DatabaseAsync(db => db.VerificationRequests.AnyAsync(v => v.ApplicationId == id)));
        Assert.Equal("查看自动审查结果与材料，作出决定。", await ReviewDescriptionAsync(id, "zh-CN"));
        Assert.Equal("Check the automatic findings and the documents, then decide.", await ReviewDescriptionAsync(id, "en"));
    }

    private Task<string> ReviewDescriptionAsync(string applicationId, string language) =>
        _cases.TaskDescriptionAsync(_qingpuReviewer, applicationId, "review", language);

    [SkippableFact]
    public async Task A_certificate_named_by_a_zone_district_bureaus_code_is_verified_by_that_district()
    {
        var (_, id, submitted) = await _cases.SubmitAsync(TestUser.Applicant("district-issuer-applicant"), Recognition(People.NewIdNumber(), "JS-ISSUER-0101", "amr-330421"), Cases.RecognitionDocuments);

        Assert.Equal("AwaitingVerification", Cases.Status(submitted));
        var jiashan = _factory.ClientFor(TestUser.Reviewer("issuer-jiashan-reviewer", Jiashan));
        var request = (await jiashan.GetJsonAsync("/api/verifications")).AsArray().Single(v => v!["applicationId"].Str() == id)!;
        Assert.Equal(("JS-ISSUER-0101", Jiashan), (request["number"].Str(), request["issuingDistrictCode"].Str()));
    }

    [SkippableTheory]
    [InlineData(null, "发证机关代码“qts-999999”不在发证机关名录中")]
    [InlineData("en", "Issuer code 'qts-999999' is not in the list of issuers")]
    public async Task An_unknown_issuer_code_is_refused_in_the_callers_language(string? language, string expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/applications") { Content = JsonContent.Create(Recognition(People.NewIdNumber(), "XX-0001", "qts-999999")) };
        if (language is not null)
            request.Headers.AcceptLanguage.ParseAdd(language);

        var problem = await (await _factory.ClientFor(TestUser.Applicant($"unknown-issuer-{language}")).SendAsync(request)).ReadAsync(HttpStatusCode.BadRequest);

        Assert.StartsWith(expected, Assert.Single(problem["errors"]!["certificates[0].issuerCode"]!.AsArray())!.GetValue<string>());
    }

    /// <summary>A certificate recognition in Qingpu whose certificate names its issuer by code instead of a district.</summary>
    private static JsonNode Recognition(string idNumber, string number, string issuerCode, string name = "褚省")
    {
        var form = JsonSerializer.SerializeToNode(Cases.CertificateRecognition(idNumber, name, Qingpu, "", number))!;
        var certificate = form["certificates"]![0]!.AsObject();
        certificate.Remove("issuingDistrictCode");
        certificate["issuerCode"] = issuerCode;
        return form;
    }
}

public sealed class SqliteCertificateIssuerTests(MetrologyApiFactory factory) : CertificateIssuerTests<MetrologyApiFactory>(factory);

public sealed class PostgreSqlCertificateIssuerTests(PostgreSqlMetrologyApiFactory factory) : CertificateIssuerTests<PostgreSqlMetrologyApiFactory>(factory);
