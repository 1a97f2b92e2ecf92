using Approvals.Core.Registry;
using Approvals.Core.Workflow;
using Approvals.Web.Tests.Support;

namespace Approvals.Web.Tests.Metrology.EndToEnd;

/// <summary>A valid form of one type and the documents it needs, filed for a new person whose employer is in Qingpu.</summary>
public sealed record FiledForm(Dictionary<string, object?> Form, string[] Documents, string PersonName)
{
    /// <summary>The last day of validity the registry records for what an approval issues.</summary>
    public DateOnly IssuedValidTo { get; init; }

    /// <summary>The number an approval keeps (a renewal's own registration); null where a new number is issued.</summary>
    public string? KeptNumber { get; init; }
}

/// <summary>
/// One application type as the end-to-end matrix drives it: how a valid case is built, which paths of the matrix it
/// has (a level to decide four eyes by, a certificate another district verifies), how its decision reads and what a
/// case that cannot be accepted looks like.
/// </summary>
public abstract class CaseKind
{
    public const string Qingpu = "310118";
    public const string Wujiang = "320509";
    public const string Jiashan = "330421";

    public abstract string Type { get; }

    /// <summary>Whether a level (from the form or the registry) decides the case, and so level 1 needs four eyes.</summary>
    public abstract bool HasLevel { get; }

    /// <summary>Whether the type claims a certificate that another zone district verifies (NotFound / Denied / TimedOut apply).</summary>
    public abstract bool ClaimsCertificatesOfAnotherDistrict { get; }

    /// <summary>Whether its procedure verifies what it claims (from the registry, or by asking the issuing district) before review.</summary>
    public virtual bool IsVerifiedBeforeReview => ClaimsCertificatesOfAnotherDistrict;

    public abstract string GrantText { get; }

    public abstract string RefusalText { get; }

    /// <summary>The prefix of the number an approval issues, e.g. <c>CSJ-R2-310118-</c>.</summary>
    public abstract string IssuedPrefix(int level);

    /// <summary>The level the registry (and the public check) records for what an approval issues; null for a certificate.</summary>
    public virtual string? RecordedLevel(int level) => $"Level{level}";

    /// <summary>A complete application; <paramref name="certificateDistrict"/> issued its certificate, where it has one.</summary>
    public abstract Task<FiledForm> ValidAsync(MetrologyApiFactory factory, int level, string certificateNumber, string certificateDistrict = Jiashan);

    /// <summary>An application that fails a condition no correction cures, and the code of that finding.</summary>
    public abstract Task<(FiledForm Filed, string FindingCode)> NotAcceptableAsync(MetrologyApiFactory factory);

    public override string ToString() => Type;

    public static CaseKind Of(string type) => type switch
    {
        "InitialRegistration" => new InitialRegistrationKind(),
        "Renewal" => new RenewalKind(),
        "RegistrationRecognition" => new RegistrationRecognitionKind(),
        "CertificateRecognition" => new CertificateRecognitionKind(),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    protected static Dictionary<string, object?> Fields(object form) =>
        form.GetType().GetProperties().ToDictionary(p => p.Name, p => p.GetValue(form));

    protected static Dictionary<string, object?> Person(string type, string name, string idNumber, string employerDistrict) => new()
    {
        ["type"] = type,
        ["personName"] = name,
        ["idNumber"] = idNumber,
        ["employerName"] = "示范区端到端测试计量有限公司",
        ["employerCreditCode"] = People.CreditCode(employerDistrict),
        ["employerDistrictCode"] = employerDistrict,
    };

    protected static MetrologistLevel Level(int level) => level == 1 ? MetrologistLevel.Level1 : MetrologistLevel.Level2;

    /// <summary>Today in Asia/Shanghai by the host's clock.</summary>
    protected static DateOnly Today(MetrologyApiFactory factory) => ZoneTime.Today(factory.Now);

    /// <summary>The last day of a registration issued or renewed from <paramref name="from"/> (five years, <c>Metrology:ValidityYears</c>).</summary>
    protected static DateOnly FiveYearsFrom(DateOnly from) => from.AddYears(5).AddDays(-1);
}

public sealed class InitialRegistrationKind : CaseKind
{
    public override string Type => "InitialRegistration";
    public override bool HasLevel => true;
    public override bool ClaimsCertificatesOfAnotherDistrict => true;
    public override string GrantText => "准予注册";
    public override string RefusalText => "不予注册";

    public override string IssuedPrefix(int level) => $"CSJ-R{level}-{Qingpu}-";

    public override Task<FiledForm> ValidAsync(MetrologyApiFactory factory, int level, string certificateNumber, string certificateDistrict = Jiashan) =>
        Task.FromResult(new FiledForm(Fields(Cases.InitialRegistration(People.NewIdNumber(), Qingpu, level, certificateDistrict, certificateNumber, name: "端初")), Cases.InitialDocuments, "端初")
        {
            IssuedValidTo = FiveYearsFrom(Today(factory)),
        });

    public override async Task<(FiledForm, string)> NotAcceptableAsync(MetrologyApiFactory factory)
    {
        var idNumber = People.NewIdNumber();
        await RegistryRecords.RegisterAsync(factory, idNumber, "端重", MetrologistLevel.Level2, Qingpu, 2023, 900);
        return (new FiledForm(Fields(Cases.InitialRegistration(idNumber, Qingpu, 2, Qingpu, "JL-E2E-DUP", name: "端重")), Cases.InitialDocuments, "端重"), "Registration.Duplicate");
    }
}

public sealed class RenewalKind : CaseKind
{
    public override string Type => "Renewal";
    public override bool HasLevel => true;
    public override bool ClaimsCertificatesOfAnotherDistrict => false;
    public override string GrantText => "准予延续注册";
    public override string RefusalText => "不予延续注册";

    public override string IssuedPrefix(int level) => $"CSJ-R{level}-{Qingpu}-";

    public override async Task<FiledForm> ValidAsync(MetrologyApiFactory factory, int level, string certificateNumber, string certificateDistrict = Jiashan)
    {
        var idNumber = People.NewIdNumber();
        var number = await RegistryRecords.RegisterAsync(factory, idNumber, "端续", Level(level), Qingpu, 2023, validForDays: 30);
        return new FiledForm(Fields(Cases.Renewal(idNumber, "端续", Qingpu, number)), Cases.RenewalDocuments, "端续")
        {
            // The same registration, continued from the day after its current end.
            IssuedValidTo = FiveYearsFrom(Today(factory).AddDays(31)),
            KeptNumber = number,
        };
    }

    public override async Task<(FiledForm, string)> NotAcceptableAsync(MetrologyApiFactory factory)
    {
        var idNumber = People.NewIdNumber();
        var number = await RegistryRecords.RegisterAsync(factory, idNumber, "端早", MetrologistLevel.Level2, Qingpu, 2023, validForDays: 900);
        return (new FiledForm(Fields(Cases.Renewal(idNumber, "端早", Qingpu, number)), Cases.RenewalDocuments, "端早"), "Renewal.OutsideWindow");
    }
}

public sealed class RegistrationRecognitionKind : CaseKind
{
    private static readonly string[] Documents = ["RegistrationCertificate", "EmploymentContract"];

    public override string Type => "RegistrationRecognition";
    public override bool HasLevel => true;

    /// <summary>The registration it names is read from the shared registry; a number the registry lacks is a correctable finding of the automatic check.</summary>
    public override bool ClaimsCertificatesOfAnotherDistrict => false;

    public override bool IsVerifiedBeforeReview => true;
    public override string GrantText => "准予注册互认";
    public override string RefusalText => "不予注册互认";

    public override string IssuedPrefix(int level) => $"CSJ-M{level}-{Qingpu}-";

    public override async Task<FiledForm> ValidAsync(MetrologyApiFactory factory, int level, string certificateNumber, string certificateDistrict = Jiashan)
    {
        var idNumber = People.NewIdNumber();
        var number = await RegistryRecords.RegisterAsync(factory, idNumber, "端互", Level(level), Wujiang, 2024, validForDays: 900);
        return new FiledForm(new(Person(Type, "端互", idNumber, Qingpu)) { ["registrationNumber"] = number }, Documents, "端互")
        {
            // A recognition ends with the registration it recognises.
            IssuedValidTo = Today(factory).AddDays(900),
        };
    }

    public override async Task<(FiledForm, string)> NotAcceptableAsync(MetrologyApiFactory factory)
    {
        var idNumber = People.NewIdNumber();
        var number = await RegistryRecords.RegisterAsync(factory, idNumber, "端同", MetrologistLevel.Level2, Qingpu, 2024, validForDays: 900);
        return (new FiledForm(new(Person(Type, "端同", idNumber, Qingpu)) { ["registrationNumber"] = number }, Documents, "端同"), "Recognition.SameDistrict");
    }
}

public sealed class CertificateRecognitionKind : CaseKind
{
    public override string Type => "CertificateRecognition";

    /// <summary>A certificate has no level: one reviewer decides.</summary>
    public override bool HasLevel => false;

    public override bool ClaimsCertificatesOfAnotherDistrict => true;
    public override string GrantText => "准予证书互认";
    public override string RefusalText => "不予证书互认";

    public override string IssuedPrefix(int level) => $"CSJ-MC-{Qingpu}-";

    public override string? RecordedLevel(int level) => null;

    public override Task<FiledForm> ValidAsync(MetrologyApiFactory factory, int level, string certificateNumber, string certificateDistrict = Jiashan) =>
        Task.FromResult(new FiledForm(Fields(Cases.CertificateRecognition(People.NewIdNumber(), "端证", Qingpu, certificateDistrict, certificateNumber)), Cases.RecognitionDocuments, "端证")
        {
            // A recognised certificate ends with the certificate (Cases.CertificateRecognition: valid two more years).
            IssuedValidTo = DateOnly.FromDateTime(DateTime.Today.AddYears(2)),
        });

    public override Task<(FiledForm, string)> NotAcceptableAsync(MetrologyApiFactory factory) =>
        Task.FromResult((new FiledForm(Fields(Cases.CertificateRecognition(People.NewIdNumber(), "端本", Qingpu, Qingpu, "QP-E2E-SAME")), Cases.RecognitionDocuments, "端本"), "Recognition.SameDistrict"));
}
