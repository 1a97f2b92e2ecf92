using System.Net;
using System.Net.Http.Json;
using System.Text;
using Approvals.Core.Registry.Import;
using Approvals.UseCases.Audit;
using Approvals.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Web.Tests.Metrology.RegistryImport;

/// <summary>
/// An imported registration's holder has an e-mail only when the file gives one (an optional column, checked per row)
/// or staff record it on the person page; without it the bureau cannot end the registration and says where to record
/// it. The recorded address is on the registry-writes chain — on each database provider.
/// </summary>
public abstract class HolderEmailTests<TFactory>(TFactory factory) : IClassFixture<TFactory>, IAsyncLifetime
    where TFactory : MetrologyApiFactory
{
    private const string Qingpu = "310118";
    private const string Imports = "/api/admin/registry-imports";
    private static readonly TestUser Administrator = new("email-import-admin", "email-import-admin@bureau.test", "Administrator", null);
    private static readonly TestUser Regulator = new("email-qp-regulator", "email-qp-regulator@bureau.test", "Regulator", Qingpu);

    public Task InitializeAsync() => factory.SeedRegistryAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [SkippableFact]
    public async Task A_revocation_of_an_imported_registration_without_e_mail_says_where_to_record_it_and_starts_once_staff_recorded_it()
    {
        var (number, idNumber) = (ImportFiles.NewNumber(2, Qingpu), ImportFiles.NewIdNumber());
        await ImportAsync(ImportFiles.Csv(RegistryImportKind.Registrations, ImportFiles.Registration(number, "二级", "何静", idNumber, Qingpu)));
        var personId = await factory.DatabaseAsync(db => db.Persons.Where(p => p.IdNumber == idNumber).Select(p => p.Id).SingleAsync());
        var regulator = factory.ClientFor(Regulator);

        var refused = await regulator.PostAsync($"/api/registry/registrations/{number}/revocation", HolderRegistrations.BureauRequest("合同系伪造。"));

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var detail = (await refused.ProblemAsync())["detail"].Str();
        Assert.Contains("没有电子邮箱", detail, StringComparison.Ordinal);
        Assert.Contains($"registry/people/{personId}", detail, StringComparison.Ordinal);

        var wrong = await regulator.PutAsJsonAsync($"/api/registry/people/{personId}/email", new { email = "he.jing at example.cn" });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(["email"], (await wrong.ProblemAsync())["errors"]!.AsObject().Select(e => e.Key));
        await (await regulator.PutAsJsonAsync($"/api/registry/people/{personId}/email", new { email = " he.jing@example.cn " })).ReadAsync(HttpStatusCode.OK);

        Assert.Equal("he.jing@example.cn", (await regulator.GetJsonAsync($"/api/registry/people/{personId}"))["email"].Str());
        Assert.True(await factory.DatabaseAsync(db => db.RegistryWrites.AnyAsync(w => w.RecordKind == "Person" && w.RecordId == personId)));
        var audit = await factory.ClientFor(Administrator).GetJsonAsync($"/api/admin/audit/verify?chain={AuditChains.RegistryWrites}");
        Assert.True(Assert.Single(audit["chains"]!.AsArray())!["intact"]!.GetValue<bool>());
        await (await regulator.PostAsync($"/api/registry/registrations/{number}/revocation", HolderRegistrations.BureauRequest("合同系伪造。"))).ReadAsync(HttpStatusCode.Created);
    }

    [SkippableFact]
    public async Task A_registrations_file_may_give_each_holder_s_e_mail_and_a_wrong_address_refuses_its_row()
    {
        var (first, second) = (ImportFiles.NewNumber(2, Qingpu), ImportFiles.NewNumber(2, Qingpu));
        var (firstId, secondId) = (ImportFiles.NewIdNumber(), ImportFiles.NewIdNumber());
        var wrong = ImportFiles.Csv(RegistryImportKind.Registrations,
            [.. ImportFiles.Registration(first, "二级", "许诺", firstId, Qingpu), "xu.nuo@example.cn"],
            [.. ImportFiles.Registration(second, "二级", "邓超", secondId, Qingpu), "邓超@"]);

        var refused = await (await factory.ClientFor(Administrator).PostAsync(Imports, ImportFiles.Upload(RegistryImportKind.Registrations, "emails.csv", wrong))).ReadAsync(HttpStatusCode.BadRequest);

        var row = Assert.Single(refused["rows"]!.AsArray())!;
        Assert.Equal((3, "email", "持证人电子邮箱"), (row["row"]!.GetValue<int>(), row["column"].Str(), row["columnName"].Str()));
        Assert.Contains("不是有效的电子邮箱地址", row["reason"].Str(), StringComparison.Ordinal);

        await ImportAsync(ImportFiles.Csv(RegistryImportKind.Registrations,
            [.. ImportFiles.Registration(first, "二级", "许诺", firstId, Qingpu), "xu.nuo@example.cn"],
            [.. ImportFiles.Registration(second, "二级", "邓超", secondId, Qingpu), ""]));

        var emails = await factory.DatabaseAsync(db => db.Persons.Where(p => p.IdNumber == firstId || p.IdNumber == secondId).ToDictionaryAsync(p => p.IdNumber, p => p.Email));
        Assert.Equal("xu.nuo@example.cn", emails[firstId]);
        Assert.Null(emails[secondId]);
    }

    [SkippableFact]
    public async Task A_registrations_file_without_the_e_mail_column_is_still_read()
    {
        var number = ImportFiles.NewNumber(2, Qingpu);
        var headers = RegistryImportColumns.Registrations.Where(c => c.Key != RegistryImportColumns.Email).Select(c => c.Header);
        var csv = Encoding.UTF8.GetBytes(string.Join(',', headers) + "\r\n" + string.Join(',', ImportFiles.Registration(number, "二级", "曹操", ImportFiles.NewIdNumber(), Qingpu)) + "\r\n");

        await ImportAsync(csv);

        Assert.True(await factory.DatabaseAsync(db => db.Registrations.AnyAsync(r => r.Number == number)));
    }

    [SkippableFact]
    public async Task Only_staff_record_an_e_mail_and_an_unknown_person_is_not_found()
    {
        var idNumber = ImportFiles.NewIdNumber();
        await ImportAsync(ImportFiles.Csv(RegistryImportKind.Registrations, ImportFiles.Registration(ImportFiles.NewNumber(2, Qingpu), "二级", "孔明", idNumber, Qingpu)));
        var personId = await factory.DatabaseAsync(db => db.Persons.Where(p => p.IdNumber == idNumber).Select(p => p.Id).SingleAsync());

        var byApplicant = await factory.ClientFor(TestUser.Applicant("email-applicant")).PutAsJsonAsync($"/api/registry/people/{personId}/email", new { email = "kong@example.cn" });
        var unknown = await factory.ClientFor(Regulator).PutAsJsonAsync("/api/registry/people/no-such-person/email", new { email = "kong@example.cn" });

        Assert.Equal(HttpStatusCode.Forbidden, byApplicant.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Null(await factory.DatabaseAsync(db => db.Persons.Where(p => p.Id == personId).Select(p => p.Email).SingleAsync()));
    }

    private async Task ImportAsync(byte[] csv) =>
        await (await factory.ClientFor(Administrator).PostAsync(Imports, ImportFiles.Upload(RegistryImportKind.Registrations, "holders.csv", csv))).ReadAsync(HttpStatusCode.Created);
}

public sealed class SqliteHolderEmailTests(MetrologyApiFactory factory) : HolderEmailTests<MetrologyApiFactory>(factory);

public sealed class PostgreSqlHolderEmailTests(PostgreSqlMetrologyApiFactory factory) : HolderEmailTests<PostgreSqlMetrologyApiFactory>(factory);
