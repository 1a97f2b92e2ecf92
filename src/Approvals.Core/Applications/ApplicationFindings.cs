using Approvals.Core.Districts;
using Approvals.Core.Findings;
using Approvals.Core.Registry;

namespace Approvals.Core.Applications;

/// <summary>The findings of the automatic check of an application, each with a stable code and zh-CN / en text.</summary>
public static class ApplicationFindings
{
    public static Finding Required(string field, string zhLabel, string enLabel) => new(
        "Field.Required", new($"请填写{zhLabel}。", $"Please fill in the {enLabel}."), Field: field);

    public static Finding MissingDocument(DocumentRequirement requirement, int missing) => new(
        "Document.Missing",
        missing > 1
            ? new($"缺少材料：{requirement.DisplayName().ZhCn}，还需 {missing} 份。", $"Missing document: {requirement.DisplayName().En}; {missing} more needed.")
            : new($"缺少材料：{requirement.DisplayName().ZhCn}。", $"Missing document: {requirement.DisplayName().En}."),
        Document: string.Join("|", requirement.AnyOf));

    public static Finding EmployerOutsideZone(string? code) => new(
        "Employer.OutsideZone",
        new($"用人单位所在区（{code}）不在示范区内（青浦区、吴江区、嘉善县）。", $"The employer's district ({code}) is not in the demonstration zone (Qingpu, Wujiang, Jiashan)."),
        Field: "employerDistrictCode");

    public static Finding EmployerNotEnterprise(string creditCode) => new(
        "Employer.NotEnterprise",
        new($"统一社会信用代码 {creditCode} 不是企业的代码（企业的代码以“91”开头）；企业注册计量师的用人单位应为企业，请核对代码。",
            $"The unified social credit code {creditCode} is not an enterprise's (an enterprise's code begins with 91); a registered metrologist's employer must be an enterprise: please check the code."),
        Field: "employerCreditCode");

    public static Finding EmployerDivisionMismatch(string creditCode, string division, District declared) => new(
        "Employer.DivisionMismatch",
        new($"统一社会信用代码 {creditCode} 的登记机关行政区划（{division}）与填写的用人单位所在区（{declared.City}{declared.Name} {declared.Code}）不一致，请核对代码或所在区。",
            $"The unified social credit code {creditCode} was issued in division {division}, not in the employer's district as given ({declared.NameEn}, {declared.Code}): please check the code or the district."),
        Field: "employerCreditCode");

    public static Finding CertificateExpired(int index, string number, DateOnly validUntil) => new(
        "Certificate.Expired",
        new($"证书 {number} 已于 {validUntil:yyyy-MM-dd} 过期。", $"Certificate {number} expired on {validUntil:yyyy-MM-dd}."),
        Field: $"certificates[{index}].validUntil");

    public static Finding CertificateIssuerOutsideZone(int index, string number) => new(
        "Certificate.IssuerOutsideZone",
        new($"证书 {number} 的发证区不在示范区内。", $"Certificate {number} was not issued by a district of the demonstration zone."),
        Field: $"certificates[{index}].issuingDistrictCode");

    public static Finding RecognitionInSameDistrict(string field) => new(
        "Recognition.SameDistrict",
        new("互认只适用于在示范区另一个区取得的注册或证书。", "Recognition applies only to a registration or certificate from another district of the zone."),
        Field: field);

    public static Finding DuplicateRegistration(string number) => new(
        "Registration.Duplicate",
        new($"您已有有效注册（{number}），不能重复注册；到期前请办理延续注册。", $"You already hold an active registration ({number}); renew it before it expires instead."),
        Field: "idNumber");

    public static Finding DuplicateApplication() => new(
        "Application.Duplicate",
        new("您已有一件同类申请正在办理，请勿重复申请。", "You already have an open application of this type."),
        Field: "type");

    public static Finding RegistrationNumberFormat() => new(
        "Registration.NumberFormat",
        new("注册编号格式应为 CSJ-R2-310118-2026-000001。", "A registration number reads like CSJ-R2-310118-2026-000001."),
        Field: "registrationNumber");

    public static Finding RenewalNotFound(string number) => new(
        "Renewal.NotFound",
        new($"登记簿中没有您名下的注册 {number}。", $"The registry holds no registration {number} in your name."),
        Field: "registrationNumber");

    public static Finding RenewalNotActive(string number) => new(
        "Renewal.NotActive",
        new($"注册 {number} 已失效（注销、撤销或过期），不能延续，请重新申请初始注册。", $"Registration {number} is no longer active (cancelled, revoked or expired); apply for an initial registration instead."),
        Field: "registrationNumber");

    public static Finding RenewalOutsideWindow(string number, DateOnly validTo, DateOnly opensOn) => new(
        "Renewal.OutsideWindow",
        new($"注册 {number} 有效期至 {validTo:yyyy-MM-dd}，延续注册应在 {opensOn:yyyy-MM-dd} 至 {validTo:yyyy-MM-dd} 之间申请。",
            $"Registration {number} is valid until {validTo:yyyy-MM-dd}; a renewal may be filed from {opensOn:yyyy-MM-dd} to {validTo:yyyy-MM-dd}."),
        Field: "registrationNumber");

    public static Finding QualificationLevelDiffers(string number, MetrologistLevel recorded, MetrologistLevel? claimed) => new(
        "Qualification.LevelDiffers",
        new($"登记簿记载职业资格证书 {number} 为{recorded.DisplayName().ZhCn}，与申请填写的级别（{claimed?.DisplayName().ZhCn ?? "未填写"}）不符。",
            $"The registry records qualification certificate {number} as {recorded.DisplayName().En}, not the level in the application ({claimed?.DisplayName().En ?? "none"})."),
        Field: "level");

    public static Finding QualificationNotHolders(string number) => new(
        "Qualification.NotHolders",
        new($"登记簿中的职业资格证书 {number} 不在您名下。", $"Qualification certificate {number} in the registry is not in your name."),
        Field: "qualificationCertificateNumber");
}
