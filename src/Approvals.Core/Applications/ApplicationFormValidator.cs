using Approvals.Core.Districts;
using Approvals.Core.Findings;
using Approvals.Core.Issuers;
using Approvals.Core.Registry;
using Approvals.Text;

namespace Approvals.Core.Applications;

/// <summary>
/// The shape of a form as it is saved: known values, lengths, zone districts. Every problem is returned at
/// once, each a finding with its field, said in Chinese and English. Substance (check characters, documents,
/// the registry) is the automatic check's job.
/// </summary>
public static class ApplicationFormValidator
{
    public const string RequiredCode = "Form.Required";
    public const string UnknownValueCode = "Form.UnknownValue";
    public const string TooLongCode = "Form.TooLong";
    public const string OutsideZoneCode = "Form.OutsideZone";
    public const string TypeChangedCode = "Form.TypeChanged";
    public const string MismatchCode = "Form.Mismatch";

    public static IReadOnlyList<Finding> Validate(ApplicationForm form, DistrictDirectory districts, bool creating)
    {
        var findings = new List<Finding>();
        var types = string.Join(", ", Enum.GetValues<ApplicationType>().Select(t => $"{t}（{t.DisplayName().ZhCn}）"));
        var typeNames = string.Join(", ", Enum.GetNames<ApplicationType>());
        if (creating && form.Type is null)
            Add("type", RequiredCode, $"请选择申请类型：{types}。", $"type is required: one of {typeNames}.");
        else if (form.Type is { } type && !Enum.IsDefined(type))
            Add("type", UnknownValueCode, $"申请类型必须是以下之一：{types}。", $"type must be one of {typeNames}.");
        MaxLength("personName", form.PersonName, 100);
        MaxLength("idNumber", form.IdNumber, 18);
        MaxLength("phone", form.Phone, 32);
        MaxLength("employerName", form.EmployerName, 200);
        MaxLength("employerCreditCode", form.EmployerCreditCode, 18);
        MaxLength("employerAddress", form.EmployerAddress, 300);
        MaxLength("qualificationCertificateNumber", form.QualificationCertificateNumber, 64);
        MaxLength("registrationNumber", form.RegistrationNumber, 32);
        if (!string.IsNullOrWhiteSpace(form.EmployerDistrictCode) && !districts.IsInZone(form.EmployerDistrictCode.Trim()))
            OutsideZone("employerDistrictCode", "用人单位");
        if (form.Culture is { } culture && !ApplicantCultures.IsKnown(culture))
        {
            var cultures = string.Join(", ", ApplicantCultures.All);
            Add("culture", UnknownValueCode, $"语言必须是以下之一：{cultures}。", $"culture must be one of {cultures}.");
        }
        if (form.Level is { } level && level is not (1 or 2))
            Add("level", UnknownValueCode, "注册级别必须是 1（一级）或 2（二级）。", "level must be 1 (一级) or 2 (二级).");
        for (var i = 0; i < (form.Projects?.Count ?? 0); i++)
        {
            if (string.IsNullOrWhiteSpace(form.Projects![i]) || form.Projects[i].Length > 100)
                Add($"projects[{i}]", TooLongCode, "注册项目名称须为 1 到 100 个字符。", "A project name must be 1 to 100 characters.");
        }
        for (var i = 0; i < (form.Certificates?.Count ?? 0); i++)
        {
            var certificate = form.Certificates![i];
            if (certificate.Kind is not { } kind || !Enum.IsDefined(kind))
            {
                Add($"certificates[{i}].kind", UnknownValueCode,
                    "证书类型必须是 ProjectAssessment（计量专业项目考核合格证）或 Verifier（计量检定员证）。",
                    $"kind must be one of {string.Join(", ", Enum.GetNames<ProjectCertificateKind>())}.");
            }
            if (string.IsNullOrWhiteSpace(certificate.Number) || certificate.Number.Length > 64)
                Add($"certificates[{i}].number", RequiredCode, "请填写证书编号（最多 64 个字符）。", "number is required (at most 64 characters).");
            if (!string.IsNullOrWhiteSpace(certificate.IssuerCode))
                CheckIssuer(i, certificate);
            else if (string.IsNullOrWhiteSpace(certificate.IssuingDistrictCode) || !districts.IsInZone(certificate.IssuingDistrictCode.Trim()))
                OutsideZone($"certificates[{i}].issuingDistrictCode", "发证机关");
        }
        return findings;

        void CheckIssuer(int i, CertificateClaimForm certificate)
        {
            if (districts.Issuers.Find(certificate.IssuerCode) is not { } issuer)
            {
                var codes = string.Join(", ", districts.Issuers.Issuers.Select(x => x.Id));
                Add($"certificates[{i}].issuerCode", UnknownValueCode,
                    $"发证机关代码“{certificate.IssuerCode!.Trim()}”不在发证机关名录中；请填写以下之一：{codes}。",
                    $"Issuer code '{certificate.IssuerCode!.Trim()}' is not in the list of issuers; use one of {codes}.");
            }
            else if (!string.IsNullOrWhiteSpace(certificate.IssuingDistrictCode) && certificate.IssuingDistrictCode.Trim() != IssuerDirectory.DivisionOf(issuer))
            {
                Add($"certificates[{i}].issuingDistrictCode", MismatchCode,
                    $"发证机关“{issuer.Zh}”的行政区划代码是 {issuer.Division ?? "（无）"}，与填写的 {certificate.IssuingDistrictCode.Trim()} 不符；可只填发证机关代码。",
                    $"{issuer.En} has division code {issuer.Division ?? "(none)"}, not {certificate.IssuingDistrictCode.Trim()}; the issuer code alone is enough.");
            }
        }

        void MaxLength(string field, string? value, int max)
        {
            if (value is not null && value.Trim().Length > max)
                Add(field, TooLongCode, $"长度不能超过 {max} 个字符。", $"{field} must be at most {max} characters.");
        }

        void OutsideZone(string field, string whose)
        {
            Add(field, OutsideZoneCode,
                $"{whose}所在地必须是示范区的区县：{string.Join("、", districts.Districts.Select(d => $"{d.Code}（{d.Name}）"))}。",
                $"{field.Split('.')[^1]} must be a district of the zone: {string.Join(", ", districts.Districts.Select(d => $"{d.Code} ({d.NameEn})"))}.");
        }

        void Add(string field, string code, string zhCn, string en) => findings.Add(new Finding(code, new LocalizedText(zhCn, en), field));
    }

    /// <summary>Copies a validated form onto an application; the jurisdiction follows the employer.</summary>
    /// <remarks>A certificate whose issuer is named by code is recorded under the issuer's division.</remarks>
    public static void ApplyTo(ApplicationForm form, Application application, DistrictDirectory districts)
    {
        application.Culture = ApplicantCultures.Normalize(form.Culture ?? application.Culture);
        application.PersonName = Clean(form.PersonName);
        application.IdNumber = Clean(form.IdNumber)?.ToUpperInvariant();
        application.Phone = Clean(form.Phone);
        application.EmployerName = Clean(form.EmployerName);
        application.EmployerCreditCode = Clean(form.EmployerCreditCode)?.ToUpperInvariant();
        application.EmployerDistrictCode = Clean(form.EmployerDistrictCode);
        application.EmployerAddress = Clean(form.EmployerAddress);
        application.Level = form.Level is { } level ? (MetrologistLevel)level : null;
        application.QualificationCertificateNumber = Clean(form.QualificationCertificateNumber);
        application.QualificationIssuedOn = form.QualificationIssuedOn;
        application.RegistrationNumber = Clean(form.RegistrationNumber)?.ToUpperInvariant();
        // A renewal is decided where the registration is held; a new employer elsewhere is a change application.
        application.DistrictCode = application.Type == ApplicationType.Renewal && Registry.RegistrationNumber.TryParse(application.RegistrationNumber, out var renewed)
            ? renewed.DistrictCode
            : application.EmployerDistrictCode;
        application.Projects = (form.Projects ?? []).Select(p => p.Trim()).ToList();
        application.Certificates = (form.Certificates ?? [])
            .Select(c => districts.Issuers.Find(c.IssuerCode) is { } issuer
                ? new CertificateClaim(c.Kind!.Value, c.Number!.Trim(), IssuerDirectory.DivisionOf(issuer), c.ValidUntil, c.Projects, issuer.Id)
                : new CertificateClaim(c.Kind!.Value, c.Number!.Trim(), c.IssuingDistrictCode!.Trim(), c.ValidUntil, c.Projects))
            .ToList();
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
