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
        ApplicationType.InitialRegistration or ApplicationType.Change => Math.Min(hardMaximum, Math.Max(1, distinctProjects)),
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
            Add("projects", TooManyCode, Texts.Text(Texts.CertificateClaimLimits_AtMostRegisteredProjectsWereGiven, hardMaximum, projects.Count));
        else
            Duplicates(projects.Select(p => p?.Trim() ?? "").ToList(), i => $"projects[{i}]", (i, first) =>
                Texts.Text(Texts.CertificateClaimLimits_RegisteredProjectRepeatsItemGiveEach, projects[i].Trim(), first + 1));

        var distinctProjects = projects.Select(p => p?.Trim() ?? "").Where(p => p.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        var allowed = Allowed(type, distinctProjects, hardMaximum);
        if (certificates.Count > allowed)
        {
            var limit = type switch
            {
                ApplicationType.InitialRegistration or ApplicationType.Change => Texts.Text(Texts.CertificateClaimLimits_OnePerRegisteredProject),
                ApplicationType.CertificateRecognition => Texts.Text(Texts.CertificateClaimLimits_PlatformSLimit),
                _ => Texts.Text(Texts.CertificateClaimLimits_ThisTypeOfApplicationClaimsNo),
            };
            Add("certificates", TooManyCode,
                Texts.Text(Texts.CertificateClaimLimits_TakesAtMostCertificateSWere, type.DisplayName().ZhCn, allowed, limit.ZhCn, certificates.Count, type.DisplayName().En, limit.En));
        }
        if (certificates.Count <= hardMaximum)
        {
            Duplicates(certificates.Select(c => $"{c.Number?.Trim()}\u0001{c.IssuingDistrictCode?.Trim()}").ToList(), i => $"certificates[{i}].number", (i, first) =>
                Texts.Text(Texts.CertificateClaimLimits_CertificateIssuedInRepeatsCertificateGive, certificates[i].Number?.Trim(), certificates[i].IssuingDistrictCode?.Trim(), first + 1));
        }
        return findings;

        void Duplicates(List<string> keys, Func<int, string> field, Func<int, int, LocalizedText> message)
        {
            var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < keys.Count; i++)
            {
                if (keys[i].Length == 0 || seen.TryAdd(keys[i], i))
                    continue;
                Add(field(i), DuplicateCode, message(i, seen[keys[i]]));
            }
        }

        void Add(string field, string code, LocalizedText text) => findings.Add(new Finding(code, text, field));
    }

    public static IReadOnlyList<Finding> Check(ApplicationType type, ApplicationForm form, int hardMaximum) =>
        Check(type, form.Projects, [.. (form.Certificates ?? []).Select(c => (c.Number, c.IssuerCode ?? c.IssuingDistrictCode))], hardMaximum);

    public static IReadOnlyList<Finding> Check(Application application, int hardMaximum) =>
        Check(application.Type, application.Projects, [.. application.Certificates.Select(c => ((string?)c.Number, c.IssuerCode ?? c.IssuingDistrictCode))], hardMaximum);
}
