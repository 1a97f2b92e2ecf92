namespace Approvals.Core.Registry.Import;

/// <summary>The columns of each kind of import file, in the template's order.</summary>
public static class RegistryImportColumns
{
    public const string Number = "number";
    public const string Level = "level";
    public const string Name = "name";
    public const string IdNumber = "idNumber";
    public const string Employer = "employer";
    public const string CreditCode = "creditCode";
    public const string District = "district";
    public const string Projects = "projects";
    public const string ValidFrom = "validFrom";
    public const string ValidTo = "validTo";
    public const string CertificateKind = "kind";
    public const string Issuer = "issuer";

    public static IReadOnlyList<RegistryImportColumn> Registrations { get; } =
    [
        new(Number, "注册证书编号", "Registration number", "CSJ-R2-320509-2023-000101"),
        new(Level, "级别", "Level", "二级"),
        new(Name, "姓名", "Name", "王芳"),
        new(IdNumber, "身份证号码", "ID number", "320509199001010025"),
        new(Employer, "执业单位", "Employer", "苏州吴江检测技术有限公司"),
        new(CreditCode, "统一社会信用代码", "Credit code", "91320509MA1MT0001P"),
        new(District, "注册区县代码", "District code", "320509"),
        new(Projects, "注册项目", "Projects", "长度计量；热工计量"),
        new(ValidFrom, "有效期起", "Valid from", "2023年3月1日"),
        new(ValidTo, "有效期至", "Valid to", "2028/2/29"),
    ];

    public static IReadOnlyList<RegistryImportColumn> Certificates { get; } =
    [
        new(CertificateKind, "证书类别", "Certificate kind", "考核合格证"),
        new(Number, "证书编号", "Certificate number", "JL-320509-0101"),
        new(Name, "姓名", "Name", "王芳"),
        new(IdNumber, "身份证号码", "ID number", "320509199001010025"),
        new(Issuer, "发证机关", "Issuer", "江苏省市场监督管理局"),
        new(Projects, "项目", "Projects", "长度计量"),
        new(ValidFrom, "有效期起", "Valid from", "2022-06-01"),
        new(ValidTo, "有效期至", "Valid to", "2027-05-31"),
    ];

    public static IReadOnlyList<RegistryImportColumn> Of(RegistryImportKind kind) =>
        kind == RegistryImportKind.Registrations ? Registrations : Certificates;
}
