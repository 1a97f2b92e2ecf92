using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Approvals.Core.Registry;
using Approvals.Core.Registry.Import;
using Approvals.UseCases.Audit;
using Approvals.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Web.Tests.Metrology.RegistryImport;

/// <summary>
/// 注册库导入 through the API: a file is previewed and checked row by row; a confirmed import writes every row at once
/// or nothing; what it writes is the registry's like any registration (found by reviewers and the public check).
/// </summary>
public abstract class RegistryImportApiTests<TFactory> : IClassFixture<TFactory>, IAsyncLifetime
    where TFactory : MetrologyApiFactory
{
    private const string Wujiang = "320509";
    private const string Imports = "/api/admin/registry-imports";
    private static readonly TestUser Administrator = new("import-admin", "import-admin@bureau.test", "Administrator", null);

    private readonly TFactory _factory;

    protected RegistryImportApiTests(TFactory factory) => _factory = factory;

    public Task InitializeAsync() => _factory.SeedRegistryAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [SkippableFact]
    public async Task A_csv_with_good_and_bad_rows_is_refused_whole_listing_each_refused_row_column_and_reason_in_the_readers_language()
    {
        var good = ImportFiles.NewNumber(2, Wujiang);
        var csv = ImportFiles.Csv(RegistryImportKind.Registrations,
            ImportFiles.Registration(good, "二级", "钱程", ImportFiles.NewIdNumber(), Wujiang),
            ImportFiles.Registration(ImportFiles.NewNumber(2, Wujiang), "二级", "孙悦", FlipCheck(ImportFiles.NewIdNumber()), Wujiang),
            ImportFiles.Registration(ImportFiles.NewNumber(1, Wujiang), "一级", "周密", ImportFiles.NewIdNumber(), Wujiang, validTo: "2023-01-01"));
        var admin = _factory.ClientFor(Administrator);

        var preview = await (await admin.PostAsync($"{Imports}/preview", ImportFiles.Upload(RegistryImportKind.Registrations, "registrations.csv", csv))).ReadAsync(HttpStatusCode.OK);
        var refused = await (await admin.PostAsync(Imports, ImportFiles.Upload(RegistryImportKind.Registrations, "registrations.csv", csv))).ReadAsync(HttpStatusCode.BadRequest);
        var english = await (await admin.SendAsync(InEnglish(ImportFiles.Upload(RegistryImportKind.Registrations, "registrations.csv", csv)))).ReadAsync(HttpStatusCode.BadRequest);

        Assert.False(preview["accepted"]!.GetValue<bool>());
        Assert.Equal(3, preview["rowCount"]!.GetValue<int>());
        Assert.Equal([(3, "idNumber", "身份证号码"), (4, "validTo", "有效期至")], Rows(refused).Select(r => (r.Row, r.Column, r.ColumnName)));
        Assert.Contains("校验码", Rows(refused)[0].Reason, StringComparison.Ordinal);
        Assert.Equal(Rows(refused), Rows(preview));
        Assert.Equal([(3, "ID number"), (4, "Valid to")], Rows(english).Select(r => (r.Row, r.ColumnName)));
        Assert.Contains("not after the start date", Rows(english)[1].Reason, StringComparison.Ordinal);
        Assert.Contains("nothing was imported", english["detail"].Str(), StringComparison.Ordinal);
        Assert.False(await _factory.DatabaseAsync(db => db.Registrations.AnyAsync(r => r.Number == good)));
        Assert.Equal(0, await _factory.DatabaseAsync(db => db.RegistryImports.CountAsync(i => i.FileName == "registrations.csv" && i.ContentHash == Hash(csv))));
    }

    [SkippableFact]
    public async Task An_xlsx_filled_from_the_template_with_a_bad_row_writes_nothing_and_names_the_row()
    {
        var admin = _factory.ClientFor(Administrator);
        var template = await (await admin.GetAsync($"{Imports}/templates/certificates/xlsx")).Content.ReadAsByteArrayAsync();
        var good = $"JL-IMPORT-{Guid.NewGuid():N}"[..24].ToUpperInvariant();
        var xlsx = ImportFiles.FillXlsx(template,
            ImportFiles.Certificate("考核合格证", good, "吴桐", ImportFiles.NewIdNumber(), "江苏省市场监督管理局"),
            ImportFiles.Certificate("上岗证", good + "B", "郑和", ImportFiles.NewIdNumber(), "qts-320000"));

        var refused = await (await admin.PostAsync(Imports, ImportFiles.Upload(RegistryImportKind.Certificates, "certificates.xlsx", xlsx))).ReadAsync(HttpStatusCode.BadRequest);

        var row = Assert.Single(Rows(refused));
        Assert.Equal((3, "kind", "证书类别"), (row.Row, row.Column, row.ColumnName));
        Assert.Contains("上岗证", row.Reason, StringComparison.Ordinal);
        Assert.False(await _factory.DatabaseAsync(db => db.ProjectCertificates.AnyAsync(c => c.Number == good)));
    }

    [SkippableFact]
    public async Task An_all_good_file_is_written_at_once_recorded_chained_and_found_by_reviewers_and_the_public_check()
    {
        var (first, second) = (ImportFiles.NewNumber(2, Wujiang), ImportFiles.NewNumber(1, "330421"));
        var csv = ImportFiles.Csv(RegistryImportKind.Registrations,
            ImportFiles.Registration(first, "二级", "冯雪", ImportFiles.NewIdNumber(), Wujiang),
            ImportFiles.Registration(second, "1", "陈晨", ImportFiles.NewIdNumber(), "330421", "2022-01-01", "2026-12-31"));
        var admin = _factory.ClientFor(Administrator);

        var preview = await (await admin.PostAsync($"{Imports}/preview", ImportFiles.Upload(RegistryImportKind.Registrations, "good.csv", csv))).ReadAsync(HttpStatusCode.OK);
        Assert.True(preview["accepted"]!.GetValue<bool>());
        Assert.Equal([first, second], preview["registrations"]!.AsArray().Select(r => r!["number"].Str()));
        Assert.False(await _factory.DatabaseAsync(db => db.Registrations.AnyAsync(r => r.Number == first)));

        var imported = await (await admin.PostAsync(Imports, ImportFiles.Upload(RegistryImportKind.Registrations, "good.csv", csv))).ReadAsync(HttpStatusCode.Created);

        Assert.Equal((2, Hash(csv), "good.csv"), (imported["rowCount"]!.GetValue<int>(), imported["contentHash"].Str(), imported["fileName"].Str()));
        var record = await _factory.DatabaseAsync(db => db.RegistryImports.SingleAsync(i => i.ContentHash == Hash(csv)));
        Assert.Equal(("import-admin", 2), (record.ImportedBy, record.RowCount));
        Assert.Equal(2, await _factory.DatabaseAsync(db => db.RegistryWrites.CountAsync(w => w.RecordNumber == first || w.RecordNumber == second)));
        var found = await _factory.ClientFor(TestUser.Reviewer("import-reader", "310118")).GetJsonAsync($"/api/registry/records?number={first}");
        Assert.Equal(("冯雪", Wujiang), (found[0]!["holderName"].Str(), found[0]!["districtCode"].Str()));
        var checkedPublicly = await _factory.CreateClient().GetJsonAsync($"/api/registry/check?number={second}&name=陈晨");
        Assert.Equal("330421", checkedPublicly["districtCode"].Str());
        var audit = await admin.GetJsonAsync($"/api/admin/audit/verify?chain={AuditChains.RegistryWrites}");
        var writes = Assert.Single(audit["chains"]!.AsArray())!;
        Assert.True(writes["intact"]!.GetValue<bool>());
    }

    [SkippableFact]
    public async Task Each_imported_registration_has_one_Imported_history_entry_effective_from_its_first_valid_day_naming_the_import()
    {
        var number = ImportFiles.NewNumber(2, Wujiang);
        var csv = ImportFiles.Csv(RegistryImportKind.Registrations,
            ImportFiles.Registration(number, "二级", "韩梅", ImportFiles.NewIdNumber(), Wujiang, "2022-04-01", "2027-03-31"));

        await (await _factory.ClientFor(Administrator).PostAsync(Imports, ImportFiles.Upload(RegistryImportKind.Registrations, "history.csv", csv))).ReadAsync(HttpStatusCode.Created);

        var import = await _factory.DatabaseAsync(db => db.RegistryImports.SingleAsync(i => i.ContentHash == Hash(csv)));
        var entry = Assert.Single(await _factory.DatabaseAsync(db => db.RegistrationHistory.AsNoTracking().Where(h => h.RegistrationNumber == number).ToListAsync()));
        Assert.Equal((RegistrationEvent.Imported, new DateOnly(2022, 4, 1), "2022-04-01 – 2027-03-31"), (entry.Kind, entry.EffectiveOn, entry.To));
        Assert.Equal((import.Id, import.ImportedAt, "import-admin", (string?)null), (entry.ImportId, entry.RecordedAt, entry.RecordedBy, entry.ApplicationId));
    }

    [SkippableFact]
    public async Task Importing_the_same_file_again_is_refused_because_its_numbers_are_in_the_registry()
    {
        var number = ImportFiles.NewNumber(2, Wujiang);
        var csv = ImportFiles.Csv(RegistryImportKind.Registrations, ImportFiles.Registration(number, "二级", "蒋欣", ImportFiles.NewIdNumber(), Wujiang));
        var admin = _factory.ClientFor(Administrator);
        (await admin.PostAsync(Imports, ImportFiles.Upload(RegistryImportKind.Registrations, "once.csv", csv))).EnsureSuccessStatusCode();

        var again = await (await admin.PostAsync(Imports, ImportFiles.Upload(RegistryImportKind.Registrations, "once.csv", csv))).ReadAsync(HttpStatusCode.BadRequest);

        var row = Assert.Single(Rows(again));
        Assert.Equal((2, "number"), (row.Row, row.Column));
        Assert.Contains("已在注册库中", row.Reason, StringComparison.Ordinal);
        Assert.Equal(1, await _factory.DatabaseAsync(db => db.Registrations.CountAsync(r => r.Number == number)));
        Assert.Equal(1, await _factory.DatabaseAsync(db => db.RegistryImports.CountAsync(i => i.ContentHash == Hash(csv))));
    }

    [SkippableFact]
    public async Task Only_an_administrator_may_preview_import_or_download_a_template()
    {
        var reviewer = _factory.ClientFor(TestUser.Reviewer("import-intruder", Wujiang));
        var csv = ImportFiles.Csv(RegistryImportKind.Registrations, ImportFiles.Registration(ImportFiles.NewNumber(2, Wujiang), "二级", "韩梅", ImportFiles.NewIdNumber(), Wujiang));

        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.PostAsync(Imports, ImportFiles.Upload(RegistryImportKind.Registrations, "x.csv", csv))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.PostAsync($"{Imports}/preview", ImportFiles.Upload(RegistryImportKind.Registrations, "x.csv", csv))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.GetAsync($"{Imports}/templates/registrations/csv")).StatusCode);
        Assert.Equal(0, await _factory.DatabaseAsync(db => db.RegistryImports.CountAsync(i => i.ContentHash == Hash(csv))));
    }

    public static TheoryData<string, int, string> UnfitFiles => new()
    {
        { "registrations.pdf", 100, "不是 CSV" },
        { "registrations.xlsx", 100, "内容不是该类型" },
        { "registrations.csv", 3 * 1024 * 1024, "KB" },
    };

    [SkippableTheory]
    [MemberData(nameof(UnfitFiles))]
    public async Task A_file_of_another_type_or_too_large_is_refused_on_the_file_and_changes_nothing(string fileName, int size, string reason)
    {
        var content = new byte[size];
        Array.Fill(content, (byte)'a');
        var before = await _factory.DatabaseAsync(db => db.Registrations.CountAsync());

        var refused = await (await _factory.ClientFor(Administrator).PostAsync(Imports, ImportFiles.Upload(RegistryImportKind.Registrations, fileName, content))).ReadAsync(HttpStatusCode.BadRequest);

        Assert.Contains(reason, refused["errors"]!["file"]![0].Str(), StringComparison.Ordinal);
        Assert.Equal(before, await _factory.DatabaseAsync(db => db.Registrations.CountAsync()));
    }

    [SkippableFact]
    public async Task A_file_without_the_templates_columns_is_refused_naming_the_missing_ones()
    {
        var csv = System.Text.Encoding.UTF8.GetBytes("姓名,身份证号码\r\n王五,330421198001010010\r\n");

        var refused = await (await _factory.ClientFor(Administrator).PostAsync(Imports, ImportFiles.Upload(RegistryImportKind.Registrations, "short.csv", csv))).ReadAsync(HttpStatusCode.BadRequest);

        Assert.Contains("注册证书编号(Registration number)", refused["errors"]!["file"]![0].Str(), StringComparison.Ordinal);
    }

    private static string FlipCheck(string idNumber) => idNumber[..17] + (idNumber[17] == '0' ? '1' : '0');

    private static string Hash(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    private static HttpRequestMessage InEnglish(HttpContent content)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Imports) { Content = content };
        request.Headers.AcceptLanguage.ParseAdd("en");
        return request;
    }

    private static List<(int Row, string Column, string ColumnName, string Reason)> Rows(JsonNode answer) =>
        [.. answer["rows"]!.AsArray().Select(r => (r!["row"]!.GetValue<int>(), r["column"].Str(), r["columnName"].Str(), r["reason"].Str()))];
}

public sealed class SqliteRegistryImportApiTests(MetrologyApiFactory factory) : RegistryImportApiTests<MetrologyApiFactory>(factory);

public sealed class PostgreSqlRegistryImportApiTests(PostgreSqlMetrologyApiFactory factory) : RegistryImportApiTests<PostgreSqlMetrologyApiFactory>(factory);
