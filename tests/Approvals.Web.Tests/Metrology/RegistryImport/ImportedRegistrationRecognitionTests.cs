using System.Net;
using Approvals.Core.Registry.Import;
using Approvals.Web.Tests.Support;

namespace Approvals.Web.Tests.Metrology.RegistryImport;

/// <summary>
/// Issue 11 §1: a registration from before the platform is recognised through the registry import. Once imported, the
/// registration-recognition procedure's automatic check finds it as it finds the registrations the platform issued.
/// </summary>
public abstract class ImportedRegistrationRecognitionTests<TFactory>(TFactory factory) : IClassFixture<TFactory>, IAsyncLifetime
    where TFactory : MetrologyApiFactory
{
    private const string Qingpu = "310118";
    private const string Wujiang = "320509";
    private static readonly string[] Documents = ["RegistrationCertificate", "EmploymentContract"];

    public Task InitializeAsync() => factory.SeedRegistryAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [SkippableFact]
    public async Task A_Suzhou_registration_brought_in_by_the_import_passes_the_automatic_check_of_a_recognition_in_Qingpu()
    {
        var (number, idNumber) = (ImportFiles.NewNumber(2, Wujiang, 2022), ImportFiles.NewIdNumber());
        var csv = ImportFiles.Csv(RegistryImportKind.Registrations, ImportFiles.Registration(number, "二级", "沈怡", idNumber, Wujiang, "2022-05-01", "2027-04-30"));
        var admin = factory.ClientFor(new TestUser("recognition-import-admin", null, "Administrator", null));
        (await admin.PostAsync("/api/admin/registry-imports", ImportFiles.Upload(RegistryImportKind.Registrations, "wujiang-2022.csv", csv))).EnsureSuccessStatusCode();

        var (_, _, submitted) = await new Cases(factory).SubmitAsync(TestUser.Applicant("imported-holder"), new Dictionary<string, object?>
        {
            ["type"] = "RegistrationRecognition",
            ["personName"] = "沈怡",
            ["idNumber"] = idNumber,
            ["employerName"] = "青浦互认测试有限公司",
            ["employerCreditCode"] = People.CreditCode(Qingpu),
            ["employerDistrictCode"] = Qingpu,
            ["registrationNumber"] = number,
        }, Documents);

        Assert.Equal("InReview", Cases.Status(submitted));
        Assert.Empty(Cases.FindingCodes(submitted));
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync($"/api/registry/check?number={number}&name=沈怡")).StatusCode);
    }
}

public sealed class SqliteImportedRegistrationRecognitionTests(MetrologyApiFactory factory) : ImportedRegistrationRecognitionTests<MetrologyApiFactory>(factory);

public sealed class PostgreSqlImportedRegistrationRecognitionTests(PostgreSqlMetrologyApiFactory factory) : ImportedRegistrationRecognitionTests<PostgreSqlMetrologyApiFactory>(factory);
