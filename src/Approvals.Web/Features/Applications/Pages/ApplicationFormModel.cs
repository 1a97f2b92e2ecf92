using Approvals.Core.Applications;
using Approvals.Core.Issuers;
using Approvals.Core.Registry;

namespace Approvals.Web.Features.Applications.Pages;

/// <summary>The wizard's editable copy of an <see cref="ApplicationForm"/> (one declared certificate, projects as text).</summary>
public sealed class ApplicationFormModel
{
    public ApplicationType Type { get; set; } = ApplicationType.InitialRegistration;
    public string? PersonName { get; set; }
    public string? IdNumber { get; set; }
    public string? Phone { get; set; }
    public string? EmployerName { get; set; }
    public string? EmployerCreditCode { get; set; }
    public string? EmployerDistrictCode { get; set; }
    public string? EmployerAddress { get; set; }
    public int? Level { get; set; }
    public string? QualificationCertificateNumber { get; set; }
    public DateTime? QualificationIssuedOn { get; set; }
    public string? RegistrationNumber { get; set; }
    public string? Projects { get; set; }
    public ProjectCertificateKind CertificateKind { get; set; } = ProjectCertificateKind.ProjectAssessment;
    public string? CertificateNumber { get; set; }
    /// <summary>The issuer's code in the issuers reference data (<see cref="IssuerDirectory"/>), chosen from the list.</summary>
    public string? CertificateIssuerCode { get; set; }
    public DateTime? CertificateValidUntil { get; set; }
    /// <summary>Why the holder asks to cancel (注销).</summary>
    public string? Reason { get; set; }

    public bool AsksForQualification => Type == ApplicationType.InitialRegistration;
    public bool AsksForRegistrationNumber => Type is ApplicationType.Renewal or ApplicationType.RegistrationRecognition or ApplicationType.Change or ApplicationType.Cancellation;
    public bool AsksForCertificate => Type is ApplicationType.InitialRegistration or ApplicationType.CertificateRecognition or ApplicationType.Change;

    /// <summary>A registration named by number whose level, district and expiry come from the registry, never typed.</summary>
    public bool NamesRegistrationFromRegistry => Type is ApplicationType.RegistrationRecognition or ApplicationType.Change or ApplicationType.Cancellation;

    /// <summary>A cancellation names the registration and says why; it has no employer step.</summary>
    public bool AsksForReason => Type == ApplicationType.Cancellation;

    /// <summary>A change names the projects after the change (empty keeps them); an added project's certificate is declared beside it.</summary>
    public bool AsksForChangedProjects => Type == ApplicationType.Change;

    public ApplicationForm ToForm() => new(
        Type, PersonName, IdNumber, Phone, EmployerName, EmployerCreditCode, EmployerDistrictCode, EmployerAddress,
        AsksForQualification ? Level : null,
        AsksForQualification ? QualificationCertificateNumber : null,
        AsksForQualification && QualificationIssuedOn is { } issued ? DateOnly.FromDateTime(issued) : null,
        AsksForRegistrationNumber ? RegistrationNumber : null,
        AsksForQualification || AsksForChangedProjects ? SplitProjects() : null,
        AsksForCertificate && !string.IsNullOrWhiteSpace(CertificateNumber)
            ? [new CertificateClaimForm(CertificateKind, CertificateNumber, null,
                CertificateValidUntil is { } until ? DateOnly.FromDateTime(until) : null, AsksForQualification ? SplitProjects() : null, CertificateIssuerCode)]
            : null,
        Reason: AsksForReason ? Reason : null);

    /// <remarks>A certificate saved before issuers were chosen by code names its zone district: its bureau is the issuer.</remarks>
    public static ApplicationFormModel From(ApplicationForm form, IssuerDirectory issuers)
    {
        var certificate = form.Certificates?.FirstOrDefault();
        return new ApplicationFormModel
        {
            Type = form.Type ?? ApplicationType.InitialRegistration,
            PersonName = form.PersonName,
            IdNumber = form.IdNumber,
            Phone = form.Phone,
            EmployerName = form.EmployerName,
            EmployerCreditCode = form.EmployerCreditCode,
            EmployerDistrictCode = form.EmployerDistrictCode,
            EmployerAddress = form.EmployerAddress,
            Level = form.Level,
            QualificationCertificateNumber = form.QualificationCertificateNumber,
            QualificationIssuedOn = form.QualificationIssuedOn?.ToDateTime(TimeOnly.MinValue),
            RegistrationNumber = form.RegistrationNumber,
            Projects = form.Projects is { Count: > 0 } projects ? string.Join("，", projects) : null,
            CertificateKind = certificate?.Kind ?? ProjectCertificateKind.ProjectAssessment,
            CertificateNumber = certificate?.Number,
            CertificateIssuerCode = certificate?.IssuerCode ?? DistrictBureau(issuers, certificate?.IssuingDistrictCode),
            CertificateValidUntil = certificate?.ValidUntil?.ToDateTime(TimeOnly.MinValue),
            Reason = form.Reason,
        };
    }

    private static string? DistrictBureau(IssuerDirectory issuers, string? districtCode) =>
        issuers.Issuers.FirstOrDefault(i => i.Division == districtCode && i is { Level: "district", Kind: "current" })?.Id;

    private List<string>? SplitProjects() =>
        Projects?.Split([',', '，', ';', '；', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) is { Length: > 0 } list ? [.. list] : null;
}
