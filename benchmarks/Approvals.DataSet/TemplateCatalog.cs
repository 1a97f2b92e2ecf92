using Approvals.LoadRun;

namespace Approvals.DataSet;

/// <summary>A real case filed through HTTP as a template: whether it is left open, how often its clones occur, and what is done to it.</summary>
public sealed record TemplateCase(string Name, bool Open, int Weight, Func<TemplateFiling, CancellationToken, Task> File);

/// <summary>
/// The cases the zone is made of, in the three districts: the four application types, decided approved (by one
/// reviewer, by two at level 1, after a correction round, after another district verified a certificate), rejected,
/// withdrawn and refused acceptance; and open cases waiting at review, at the second approval, for corrections and for
/// another district's verification. Weights are per finished and per open case.
/// </summary>
public static class TemplateCatalog
{
    public const string Qingpu = LoadHost.Qingpu;
    public const string Wujiang = "320509";
    public const string Jiashan = "330421";

    public static readonly string[] Districts = [Qingpu, Wujiang, Jiashan];

    private static readonly string[] RecognitionDocuments = ["ProjectAssessmentCertificate", "EmploymentContract"];
    private static readonly string[] RenewalDocuments = ["ApplicationForm", "RegistrationCertificate", "IdCard", "Photo", "EmploymentProof"];
    private static readonly Dictionary<string, string> Issued = [];

    public static readonly IReadOnlyList<TemplateCase> Cases =
    [
        new("qingpu-approved", false, 26, (f, ct) => ApprovedAsync(f, 1, "范例甲", Qingpu, ct)),
        new("wujiang-approved", false, 18, (f, ct) => ApprovedAsync(f, 2, "范例乙", Wujiang, ct)),
        new("jiashan-approved", false, 14, (f, ct) => ApprovedAsync(f, 3, "范例丙", Jiashan, ct)),
        new("qingpu-level1-four-eyes", false, 5, async (f, ct) =>
        {
            var (id, _) = await f.SubmitAsync(Initial(4, "范例丁", Qingpu, 1, Qingpu), Filing.Documents, ct);
            await f.DecideAsync(id, Qingpu, 1, "Approve", ct);
            await f.DecideAsync(id, Qingpu, 2, "Approve", ct);
            TemplateFiling.Expect(await f.CaseAsync(id, ct), "Approved");
        }),
        new("qingpu-certificate-recognition-verified-by-jiashan", false, 6, async (f, ct) =>
        {
            var (id, submitted) = await f.SubmitAsync(CertificateRecognition(5, "范例戊", Qingpu, Jiashan), RecognitionDocuments, ct);
            TemplateFiling.Expect(submitted, "AwaitingVerification");
            await f.ConfirmAsync(id, Jiashan, ct);
            await f.DecideAsync(id, Qingpu, 1, "Approve", ct);
            TemplateFiling.Expect(await f.CaseAsync(id, ct), "Approved");
        }),
        new("wujiang-corrected-then-approved", false, 8, async (f, ct) =>
        {
            var (id, submitted) = await f.SubmitAsync(Initial(6, "范例己", Wujiang, 2, Wujiang), Filing.Documents[..^2], ct);
            TemplateFiling.Expect(submitted, "AwaitingCorrections");
            await f.UploadAsync(id, Filing.Documents[^2..], ct);
            await f.ResubmitAsync(id, ct);
            await f.DecideAsync(id, Wujiang, 1, "Approve", ct);
            TemplateFiling.Expect(await f.CaseAsync(id, ct), "Approved");
        }),
        new("qingpu-rejected", false, 7, async (f, ct) =>
        {
            var (id, _) = await f.SubmitAsync(Initial(7, "范例庚", Qingpu, 2, Qingpu), Filing.Documents, ct);
            await f.DecideAsync(id, Qingpu, 1, "Reject", ct);
            TemplateFiling.Expect(await f.CaseAsync(id, ct), "Rejected");
        }),
        new("wujiang-withdrawn", false, 3, async (f, ct) =>
        {
            var (id, _) = await f.SubmitAsync(Initial(8, "范例辛", Wujiang, 2, Wujiang), Filing.Documents, ct);
            await f.RequireOpenTaskAsync(id, Wujiang, ct);
            TemplateFiling.Expect(await f.WithdrawAsync(id, ct), "Withdrawn");
        }),
        new("jiashan-registered-again-not-accepted", false, 3, async (f, ct) =>
        {
            // The person of jiashan-approved applies again: the registry already holds them.
            var (_, submitted) = await f.SubmitAsync(Initial(3, "范例丙", Jiashan, 2, Jiashan, certificate: 9), Filing.Documents, ct);
            TemplateFiling.Expect(submitted, "NotAccepted");
        }),
        new("qingpu-renewal-too-early-not-accepted", false, 2, async (f, ct) =>
        {
            var (_, submitted) = await f.SubmitAsync(Renewal(1, "范例甲", Qingpu, Issued["qingpu-approved"]), RenewalDocuments, ct);
            TemplateFiling.Expect(submitted, "NotAccepted");
        }),
        new("qingpu-recognises-wujiang-registration", false, 3, async (f, ct) =>
        {
            var (id, submitted) = await f.SubmitAsync(RegistrationRecognition(2, "范例乙", Qingpu, Issued["wujiang-approved"]), ["RegistrationCertificate", "EmploymentContract"], ct);
            await f.DecideAsync(id, Qingpu, 1, "Approve", ct);
            TemplateFiling.Expect(await f.CaseAsync(id, ct), "Approved");
        }),

        new("qingpu-open-at-review", true, 18, async (f, ct) =>
        {
            var (id, _) = await f.SubmitAsync(Initial(10, "范例壬", Qingpu, 2, Qingpu), Filing.Documents, ct);
            await f.RequireOpenTaskAsync(id, Qingpu, ct);
        }),
        new("wujiang-open-awaiting-corrections", true, 37, async (f, ct) =>
        {
            var (_, submitted) = await f.SubmitAsync(Initial(11, "范例癸", Wujiang, 2, Wujiang), Filing.Documents[..^2], ct);
            TemplateFiling.Expect(submitted, "AwaitingCorrections");
        }),
        new("jiashan-open-awaiting-qingpu-verification", true, 30, async (f, ct) =>
        {
            var (_, submitted) = await f.SubmitAsync(CertificateRecognition(12, "范例子", Jiashan, Qingpu), RecognitionDocuments, ct);
            TemplateFiling.Expect(submitted, "AwaitingVerification");
        }),
        new("qingpu-open-at-second-approval", true, 15, async (f, ct) =>
        {
            var (id, _) = await f.SubmitAsync(Initial(13, "范例丑", Qingpu, 1, Qingpu), Filing.Documents, ct);
            await f.DecideAsync(id, Qingpu, 1, "Approve", ct);
            await f.RequireOpenTaskAsync(id, Qingpu, ct, reviewer: 2);
        }),
    ];

    private static async Task ApprovedAsync(TemplateFiling f, int person, string name, string district, CancellationToken ct)
    {
        var (id, _) = await f.SubmitAsync(Initial(person, name, district, 2, district), Filing.Documents, ct);
        await f.DecideAsync(id, district, 1, "Approve", ct);
        var decided = await f.CaseAsync(id, ct);
        TemplateFiling.Expect(decided, "Approved");
        Issued[district == Qingpu ? "qingpu-approved" : district == Wujiang ? "wujiang-approved" : "jiashan-approved"] = (string)decided["summary"]!["issuedNumber"]!;
    }

    private static Dictionary<string, object?> Person(string type, int person, string name, string district) => new()
    {
        ["type"] = type,
        ["personName"] = name,
        ["idNumber"] = Filing.IdNumber(person),
        ["phone"] = "13800000000",
        ["employerName"] = district == Qingpu ? "青浦示范计量有限公司" : district == Wujiang ? "吴江示范计量有限公司" : "嘉善示范计量有限公司",
        ["employerCreditCode"] = TemplateFiling.CreditCode(district),
        ["employerDistrictCode"] = district,
    };

    private static object[] Certificates(int number, string issuingDistrict) =>
        [new { kind = "ProjectAssessment", number = $"JL-LOAD-{number:D6}", issuingDistrictCode = issuingDistrict, validUntil = DateOnly.FromDateTime(DateTime.Today.AddYears(2)) }];

    private static Dictionary<string, object?> Initial(int person, string name, string district, int level, string certificateDistrict, int? certificate = null) =>
        new(Person("InitialRegistration", person, name, district))
        {
            ["level"] = level,
            ["qualificationCertificateNumber"] = "ZG-LOAD-0001",
            ["projects"] = new[] { "长度计量" },
            ["certificates"] = Certificates(certificate ?? person, certificateDistrict),
        };

    private static Dictionary<string, object?> CertificateRecognition(int person, string name, string district, string certificateDistrict) =>
        new(Person("CertificateRecognition", person, name, district)) { ["certificates"] = Certificates(person, certificateDistrict) };

    private static Dictionary<string, object?> Renewal(int person, string name, string district, string registration) =>
        new(Person("Renewal", person, name, district)) { ["registrationNumber"] = registration };

    private static Dictionary<string, object?> RegistrationRecognition(int person, string name, string district, string registration) =>
        new(Person("RegistrationRecognition", person, name, district)) { ["registrationNumber"] = registration };
}
