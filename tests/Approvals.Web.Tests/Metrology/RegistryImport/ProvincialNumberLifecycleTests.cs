using System.Net;
using Approvals.Core.Registry;
using Approvals.Core.Registry.Import;
using Approvals.Core.Workflow;
using Approvals.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Web.Tests.Metrology.RegistryImport;

/// <summary>
/// Issue 13 §2: a registration issued before the platform keeps the number its province gave it (沪计注〔2019〕R1-0012,
/// 苏计量注2020-0345). Imported through the registry import, it lives its whole life under that number: recognised in
/// another district, renewed, changed, cancelled, revoked and found by the public check — its kind, level, district,
/// expiry and status always the registry's, never read out of the number.
/// </summary>
public abstract class ProvincialNumberLifecycleTests<TFactory>(TFactory factory) : IClassFixture<TFactory>, IAsyncLifetime
    where TFactory : MetrologyApiFactory
{
    private const string Qingpu = "310118";
    private const string Wujiang = "320509";
    private readonly Cases _cases = new(factory);

    public Task InitializeAsync() => factory.SeedRegistryAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [SkippableFact]
    public async Task A_Suzhou_registration_imported_under_its_own_number_is_recognised_in_Qingpu_end_to_end()
    {
        var (number, idNumber) = await ImportAsync("苏计量注", "沈琳", Wujiang);

        var (client, id, submitted) = await _cases.SubmitAsync(TestUser.Applicant("provincial-recognition"), new Dictionary<string, object?>
        {
            ["type"] = "RegistrationRecognition", ["personName"] = "沈琳", ["idNumber"] = idNumber, ["employerName"] = "青浦互认测试有限公司",
            ["employerCreditCode"] = People.CreditCode(Qingpu), ["employerDistrictCode"] = Qingpu, ["registrationNumber"] = number,
        }, "RegistrationCertificate", "EmploymentContract");
        Assert.Equal("InReview", Cases.Status(submitted));
        Assert.Empty(Cases.FindingCodes(submitted));
        (await _cases.DecideAsync(TestUser.Reviewer("qp-provincial-recogniser", Qingpu), id, "review", "Approve")).EnsureSuccessStatusCode();

        var decided = await _cases.GetAsync(client, id);
        Assert.Equal("Approved", Cases.Status(decided));
        var issued = decided["summary"]!["issuedNumber"].Str();
        Assert.StartsWith($"CSJ-M2-{Qingpu}-", issued);
        var recognition = await factory.DatabaseAsync(db => db.Recognitions.AsNoTracking().SingleAsync(r => r.Number == issued));
        Assert.Equal((number, Wujiang, MetrologistLevel.Level2), (recognition.RecognisedNumber, recognition.OriginDistrictCode, recognition.Level));
    }

    [SkippableFact]
    public async Task A_Shanghai_registration_imported_under_its_own_number_is_renewed_in_its_district_and_keeps_its_number()
    {
        var (number, idNumber) = await ImportAsync("沪计注〔2019〕R2-", "陆宁", Qingpu, validForDays: 60);
        var before = await RegistrationAsync(number);

        var (client, id, submitted) = await _cases.SubmitAsync(TestUser.Applicant("provincial-renewal"), Cases.Renewal(idNumber, "陆宁", Qingpu, number), Cases.RenewalDocuments);
        Assert.Equal("InReview", Cases.Status(submitted));
        (await _cases.DecideAsync(TestUser.Reviewer("qp-provincial-renewer", Qingpu), id, "review", "Approve")).EnsureSuccessStatusCode();

        Assert.Equal(number, (await _cases.GetAsync(client, id))["summary"]!["issuedNumber"].Str());
        Assert.Equal(before.ValidTo.AddYears(5), (await RegistrationAsync(number)).ValidTo);
    }

    [SkippableFact]
    public async Task A_registration_imported_under_its_own_number_changes_employer_and_keeps_its_number_and_expiry()
    {
        var (number, idNumber) = await ImportAsync("苏计量注", "钱伟", Wujiang);
        var before = await RegistrationAsync(number);

        var (client, id, submitted) = await _cases.SubmitAsync(TestUser.Applicant("provincial-change"), new Dictionary<string, object?>
        {
            ["type"] = "Change", ["personName"] = "钱伟", ["idNumber"] = idNumber, ["employerName"] = "吴江新聘单位有限公司",
            ["employerCreditCode"] = People.CreditCode(Wujiang), ["employerDistrictCode"] = Wujiang, ["registrationNumber"] = number,
        }, "ApplicationForm", "EmploymentProof");
        Assert.Equal("InReview", Cases.Status(submitted));
        (await _cases.DecideAsync(TestUser.Reviewer("wj-provincial-changer", Wujiang), id, "review", "Approve")).EnsureSuccessStatusCode();

        Assert.Equal("Approved", Cases.Status(await _cases.GetAsync(client, id)));
        var after = await RegistrationAsync(number);
        Assert.Equal((before.ValidTo, People.CreditCode(Wujiang)), (after.ValidTo, after.Enterprise!.CreditCode));
        Assert.Contains(await factory.DatabaseAsync(db => db.RegistrationHistory.AsNoTracking().Where(h => h.RegistrationNumber == number).Select(h => h.Kind).ToListAsync()),
            k => k == RegistrationEvent.EmployerChanged);
    }

    [SkippableFact]
    public async Task A_registration_imported_under_its_own_number_is_cancelled_at_the_holders_request()
    {
        var (number, idNumber) = await ImportAsync("沪计注〔2019〕R2-", "蒋岚", Qingpu);

        var (_, id, submitted) = await _cases.SubmitAsync(TestUser.Applicant("provincial-cancel"), Cancellation(idNumber, "蒋岚", number), "ApplicationForm");
        Assert.Equal("InReview", Cases.Status(submitted));
        (await _cases.DecideAsync(TestUser.Reviewer("qp-provincial-canceller", Qingpu), id, "review", "Approve")).EnsureSuccessStatusCode();

        Assert.Equal(RegistrationStatus.Cancelled, (await RegistrationAsync(number)).Status);
    }

    [SkippableFact]
    public async Task A_registration_imported_under_its_own_number_is_revoked_by_its_district_after_the_statement_deadline()
    {
        var (number, _) = await ImportAsync("沪计注〔2019〕R2-", "韦杰", Qingpu);
        // Notices are served at the address the bureau records for the holder (the import carries none).
        await factory.DatabaseAsync(async db =>
        {
            (await db.Persons.SingleAsync(p => p.Name == "韦杰")).Email = "weijie@example.test";
            return await db.SaveChangesAsync();
        });

        var started = await (await factory.ClientFor(new TestUser("qp-provincial-regulator", "qp-provincial-regulator@bureau.test", "Regulator", Qingpu))
            .PostAsync($"/api/registry/registrations/{Uri.EscapeDataString(number)}/revocation", HolderRegistrations.BureauRequest("以欺骗手段取得注册。")))
            .ReadAsync(HttpStatusCode.Created);
        var id = started["summary"]!["id"].Str();
        Assert.Equal(Qingpu, started["summary"]!["districtCode"].Str());
        await _cases.FirePendingTimerAsync(id);
        (await _cases.DecideAsync(TestUser.Reviewer("qp-provincial-revoker", Qingpu), id, "decide", "Revoke", "事实清楚。")).EnsureSuccessStatusCode();
        (await _cases.DecideAsync(TestUser.Reviewer("qp-provincial-second", Qingpu), id, "second", "Approve")).EnsureSuccessStatusCode();

        Assert.Equal(RegistrationStatus.Revoked, (await RegistrationAsync(number)).Status);
    }

    [SkippableFact]
    public async Task The_public_check_finds_an_imported_registration_by_its_original_number_as_typed_and_shows_the_registrys_level_district_and_status()
    {
        var (number, _) = await ImportAsync("沪计注〔2019〕R1-", "柏舟", Wujiang, level: "一级");
        var typed = $" {number.Replace("R1", "ｒ１", StringComparison.Ordinal).ToLowerInvariant()} ";

        foreach (var asked in new[] { number, typed })
        {
            var check = await factory.CreateClient().GetJsonAsync($"/api/registry/check?number={Uri.EscapeDataString(asked)}&name=柏舟");
            Assert.Equal(("Level1", Wujiang, "Active", true), (check["level"].Str(), check["districtCode"].Str(), check["status"].Str(), check["valid"]!.GetValue<bool>()));
        }
    }

    [SkippableFact]
    public async Task A_renewal_or_cancellation_of_an_imported_Wujiang_registration_filed_declaring_Qingpu_is_decided_in_Wujiang()
    {
        var (renewed, renewer) = await ImportAsync("沪计注〔2019〕R2-", "温玉", Wujiang, validForDays: 60);
        var (cancelled, canceller) = await ImportAsync("沪计注〔2019〕R2-", "温岩", Wujiang);

        var (_, _, renewal) = await _cases.SubmitAsync(TestUser.Applicant("declares-qingpu-renewal"), Cases.Renewal(renewer, "温玉", Qingpu, renewed), Cases.RenewalDocuments);
        var cancellationForm = new Dictionary<string, object?>(Cancellation(canceller, "温岩", cancelled)) { ["employerDistrictCode"] = Qingpu };
        var (_, _, cancellation) = await _cases.SubmitAsync(TestUser.Applicant("declares-qingpu-cancellation"), cancellationForm, "ApplicationForm");

        Assert.Equal(("InReview", Wujiang), (Cases.Status(renewal), renewal["summary"]!["districtCode"].Str()));
        Assert.Equal(("InReview", Wujiang), (Cases.Status(cancellation), cancellation["summary"]!["districtCode"].Str()));
    }

    [SkippableFact]
    public async Task An_unknown_provincial_number_is_the_registrys_not_found_finding_correctable_in_the_declared_district_or_on_the_draft()
    {
        var (_, idNumber) = await ImportAsync("苏计量注", "孔明", Wujiang);
        var unknown = new Dictionary<string, object?>(Cancellation(idNumber, "孔明", "苏计量注1999-0001")) { ["employerDistrictCode"] = Wujiang };

        var (_, _, submitted) = await _cases.SubmitAsync(TestUser.Applicant("provincial-unknown"), unknown, "ApplicationForm");
        Assert.Equal(("AwaitingCorrections", Wujiang), (Cases.Status(submitted), submitted["summary"]!["districtCode"].Str()));
        Assert.Contains("Ending.NotFound", Cases.FindingCodes(submitted));

        var (client, draft) = await _cases.DraftAsync(TestUser.Applicant("provincial-unknown-nowhere"), Cancellation(idNumber, "孔明", "苏计量注1999-0002"), "ApplicationForm");
        var refused = await (await client.PostAsync($"/api/applications/{draft}/submit", null)).ReadAsync(HttpStatusCode.BadRequest);
        Assert.Contains("苏计量注1999-0002", refused["errors"]!["registrationNumber"]![0].Str());
    }

    private static Dictionary<string, object?> Cancellation(string idNumber, string name, string number) => new()
    {
        ["type"] = "Cancellation", ["personName"] = name, ["idNumber"] = idNumber, ["registrationNumber"] = number, ["reason"] = "本人申请注销注册。",
    };

    /// <summary>Imports one registration under a province's own number through the administrators' import endpoint.</summary>
    private async Task<(string Number, string IdNumber)> ImportAsync(string prefix, string name, string district, int validForDays = 900, string level = "二级")
    {
        var (number, idNumber) = (ImportFiles.NewProvincialNumber(prefix), ImportFiles.NewIdNumber());
        var validTo = ZoneTime.Today(DateTimeOffset.UtcNow).AddDays(validForDays);
        var validFrom = validTo.AddYears(-5).AddDays(1);
        var csv = ImportFiles.Csv(RegistryImportKind.Registrations,
            ImportFiles.Registration(number, level, name, idNumber, district, validFrom.ToString("yyyy-MM-dd"), validTo.ToString("yyyy-MM-dd")));
        var admin = factory.ClientFor(new TestUser("provincial-import-admin", null, "Administrator", null));
        (await admin.PostAsync("/api/admin/registry-imports", ImportFiles.Upload(RegistryImportKind.Registrations, "provincial.csv", csv))).EnsureSuccessStatusCode();
        return (number, idNumber);
    }

    private Task<Registration> RegistrationAsync(string number) =>
        factory.DatabaseAsync(db => db.Registrations.AsNoTracking().Include(r => r.Enterprise).SingleAsync(r => r.Number == number));
}

public sealed class SqliteProvincialNumberLifecycleTests(MetrologyApiFactory factory) : ProvincialNumberLifecycleTests<MetrologyApiFactory>(factory);

public sealed class PostgreSqlProvincialNumberLifecycleTests(PostgreSqlMetrologyApiFactory factory) : ProvincialNumberLifecycleTests<PostgreSqlMetrologyApiFactory>(factory);
