using Approvals.Core.Findings;
using Approvals.Text;

namespace Approvals.Core.Applications;

/// <summary>
/// How many registered projects and certificates an application may carry: what its type needs and no more. An
/// initial registration needs one certificate per registered project, a certificate recognition the certificates it
/// recognises (each becomes its own recognition), the other types none (their subject is a registration). Every certificate claimed from another
/// district becomes a verification request and mails, so the bound is what keeps one account from making the
/// platform write thousands of them in one step. A repeated project or certificate (same number and issuing
/// district) is refused, not merged: it is a mistake the applicant should see, and merging would silently change
/// what they declared (which project a certificate backs).
/// </summary>
public static class CertificateClaimLimits
{
    public const string TooManyCode = "Form.TooMany";
    public const string DuplicateCode = "Form.Duplicate";

    /// <summary>The most certificates an application of <paramref name="type"/> with these projects may claim.</summary>
    public static int Allowed(ApplicationType type, int distinctProjects, int hardMaximum) => type switch
    {
        ApplicationType.InitialRegistration => Math.Min(hardMaximum, Math.Max(1, distinctProjects)),
        ApplicationType.CertificateRecognition => hardMaximum,
        _ => 0,
    };

    /// <param name="certificates">each claim's number and issuing district, as the applicant gave them.</param>
    /// <param name="hardMaximum"><see cref="Settings.MetrologyOptions.MaxCertificatesPerApplication"/>.</param>
    public static IReadOnlyList<Finding> Check(
        ApplicationType type, IReadOnlyList<string>? projects, IReadOnlyList<(string? Number, string? IssuingDistrictCode)> certificates, int hardMaximum)
    {
        var findings = new List<Finding>();
        projects ??= [];
        if (projects.Count > hardMaximum)
            Add("projects", TooManyCode, $"注册项目最多 {hardMaximum} 个，本次填写了 {projects.Count} 个。", $"At most {hardMaximum} registered projects; {projects.Count} were given.");
        else
            Duplicates(projects.Select(p => p?.Trim() ?? "").ToList(), i => $"projects[{i}]", (i, first) => (
                $"注册项目“{projects[i].Trim()}”与第 {first + 1} 项重复；每个项目只填一次。",
                $"Registered project '{projects[i].Trim()}' repeats item {first + 1}; give each project once."));

        var distinctProjects = projects.Select(p => p?.Trim() ?? "").Where(p => p.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        var allowed = Allowed(type, distinctProjects, hardMaximum);
        if (certificates.Count > allowed)
        {
            var (zh, en) = type switch
            {
                ApplicationType.InitialRegistration => ("每个注册项目一张", "one per registered project"),
                ApplicationType.CertificateRecognition => ("平台上限", "the platform's limit"),
                _ => ("此类申请不填写证书", "this type of application claims no certificate"),
            };
            Add("certificates", TooManyCode,
                $"“{type.DisplayName().ZhCn}”最多填写 {allowed} 张证书（{zh}），本次填写了 {certificates.Count} 张；请删去多余的证书。",
                $"{type.DisplayName().En} takes at most {allowed} certificate(s) ({en}); {certificates.Count} were given. Remove the extra ones.");
        }
        if (certificates.Count <= hardMaximum)
        {
            Duplicates(certificates.Select(c => $"{c.Number?.Trim()}\u0001{c.IssuingDistrictCode?.Trim()}").ToList(), i => $"certificates[{i}].number", (i, first) => (
                $"证书 {certificates[i].Number?.Trim()}（发证区 {certificates[i].IssuingDistrictCode?.Trim()}）与第 {first + 1} 张重复；同一张证书只填一次。",
                $"Certificate {certificates[i].Number?.Trim()} issued in {certificates[i].IssuingDistrictCode?.Trim()} repeats certificate {first + 1}; give each certificate once."));
        }
        return findings;

        void Duplicates(List<string> keys, Func<int, string> field, Func<int, int, (string ZhCn, string En)> message)
        {
            var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < keys.Count; i++)
            {
                if (keys[i].Length == 0 || seen.TryAdd(keys[i], i))
                    continue;
                var (zhCn, english) = message(i, seen[keys[i]]);
                Add(field(i), DuplicateCode, zhCn, english);
            }
        }

        void Add(string field, string code, string zhCn, string en) => findings.Add(new Finding(code, new LocalizedText(zhCn, en), field));
    }

    public static IReadOnlyList<Finding> Check(ApplicationType type, ApplicationForm form, int hardMaximum) =>
        Check(type, form.Projects, [.. (form.Certificates ?? []).Select(c => (c.Number, c.IssuerCode ?? c.IssuingDistrictCode))], hardMaximum);

    public static IReadOnlyList<Finding> Check(Application application, int hardMaximum) =>
        Check(application.Type, application.Projects, [.. application.Certificates.Select(c => ((string?)c.Number, c.IssuerCode ?? c.IssuingDistrictCode))], hardMaximum);
}
