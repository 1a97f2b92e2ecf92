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
    public const string Email = "email";

    public static IReadOnlyList<RegistryImportColumn> Registrations { get; } =
    [
        new(Number, Texts.Text(Texts.RegistryImportColumn_RegistrationNumber), Texts.Text(Texts.RegistryImportSample_RegistrationNumber)),
        new(Level, Texts.Text(Texts.RegistryImportColumn_RegistrationLevel), Texts.Text(Texts.RegistryImportSample_RegistrationLevel)),
        new(Name, Texts.Text(Texts.RegistryImportColumn_RegistrationName), Texts.Text(Texts.RegistryImportSample_RegistrationName)),
        new(IdNumber, Texts.Text(Texts.RegistryImportColumn_RegistrationIdNumber), Texts.Text(Texts.RegistryImportSample_RegistrationIdNumber)),
        new(Employer, Texts.Text(Texts.RegistryImportColumn_RegistrationEmployer), Texts.Text(Texts.RegistryImportSample_RegistrationEmployer)),
        new(CreditCode, Texts.Text(Texts.RegistryImportColumn_RegistrationCreditCode), Texts.Text(Texts.RegistryImportSample_RegistrationCreditCode)),
        new(District, Texts.Text(Texts.RegistryImportColumn_RegistrationDistrict), Texts.Text(Texts.RegistryImportSample_RegistrationDistrict)),
        new(Projects, Texts.Text(Texts.RegistryImportColumn_RegistrationProjects), Texts.Text(Texts.RegistryImportSample_RegistrationProjects)),
        new(ValidFrom, Texts.Text(Texts.RegistryImportColumn_RegistrationValidFrom), Texts.Text(Texts.RegistryImportSample_RegistrationValidFrom)),
        new(ValidTo, Texts.Text(Texts.RegistryImportColumn_RegistrationValidTo), Texts.Text(Texts.RegistryImportSample_RegistrationValidTo)),
        // Where the bureau's notices to the holder go (a revocation, a cancellation by the bureau); registers often lack it.
        new(Email, Texts.Text(Texts.RegistryImportColumn_RegistrationEmail), Texts.Text(Texts.RegistryImportSample_RegistrationEmail), IsOptional: true),
    ];

    public static IReadOnlyList<RegistryImportColumn> Certificates { get; } =
    [
        new(CertificateKind, Texts.Text(Texts.RegistryImportColumn_CertificateCertificateKind), Texts.Text(Texts.RegistryImportSample_CertificateCertificateKind)),
        new(Number, Texts.Text(Texts.RegistryImportColumn_CertificateNumber), Texts.Text(Texts.RegistryImportSample_CertificateNumber)),
        new(Name, Texts.Text(Texts.RegistryImportColumn_CertificateName), Texts.Text(Texts.RegistryImportSample_CertificateName)),
        new(IdNumber, Texts.Text(Texts.RegistryImportColumn_CertificateIdNumber), Texts.Text(Texts.RegistryImportSample_CertificateIdNumber)),
        new(Issuer, Texts.Text(Texts.RegistryImportColumn_CertificateIssuer), Texts.Text(Texts.RegistryImportSample_CertificateIssuer)),
        new(Projects, Texts.Text(Texts.RegistryImportColumn_CertificateProjects), Texts.Text(Texts.RegistryImportSample_CertificateProjects)),
        new(ValidFrom, Texts.Text(Texts.RegistryImportColumn_CertificateValidFrom), Texts.Text(Texts.RegistryImportSample_CertificateValidFrom)),
        new(ValidTo, Texts.Text(Texts.RegistryImportColumn_CertificateValidTo), Texts.Text(Texts.RegistryImportSample_CertificateValidTo)),
    ];

    public static IReadOnlyList<RegistryImportColumn> Of(RegistryImportKind kind) =>
        kind == RegistryImportKind.Registrations ? Registrations : Certificates;
}
