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
            Add("type", RequiredCode, Texts.Text(Texts.ApplicationFormValidator_TypeIsRequiredOneOf, types, typeNames));
        else if (form.Type is { } type && !Enum.IsDefined(type))
            Add("type", UnknownValueCode, Texts.Text(Texts.ApplicationFormValidator_TypeMustBeOneOf, types, typeNames));
        MaxLength("personName", form.PersonName, 100);
        MaxLength("idNumber", form.IdNumber, 18);
        MaxLength("phone", form.Phone, 32);
        MaxLength("employerName", form.EmployerName, 200);
        MaxLength("employerCreditCode", form.EmployerCreditCode, 18);
        MaxLength("employerAddress", form.EmployerAddress, 300);
        MaxLength("qualificationCertificateNumber", form.QualificationCertificateNumber, 64);
        MaxLength("registrationNumber", form.RegistrationNumber, RegistryNumbers.MaxLength);
        MaxLength("reason", form.Reason, Application.ReasonMaxLength);
        if (!string.IsNullOrWhiteSpace(form.EmployerDistrictCode) && !districts.IsInZone(form.EmployerDistrictCode.Trim()))
            OutsideZone("employerDistrictCode", Texts.Text(Texts.ApplicationFormValidator_Employer));
        if (form.Culture is { } culture && !ApplicantCultures.IsKnown(culture))
        {
            var cultures = string.Join(", ", ApplicantCultures.All);
            Add("culture", UnknownValueCode, Texts.Text(Texts.ApplicationFormValidator_CultureMustBeOneOf, cultures));
        }
        if (form.Level is { } level && level is not (1 or 2))
            Add("level", UnknownValueCode, Texts.Text(Texts.ApplicationFormValidator_LevelMustBeOr));
        for (var i = 0; i < (form.Projects?.Count ?? 0); i++)
        {
            if (string.IsNullOrWhiteSpace(form.Projects![i]) || form.Projects[i].Length > 100)
                Add($"projects[{i}]", TooLongCode, Texts.Text(Texts.ApplicationFormValidator_ProjectNameMustBeToCharacters));
        }
        for (var i = 0; i < (form.Certificates?.Count ?? 0); i++)
        {
            var certificate = form.Certificates![i];
            if (certificate.Kind is not { } kind || !Enum.IsDefined(kind))
            {
                Add($"certificates[{i}].kind", UnknownValueCode,
                    Texts.Text(Texts.ApplicationFormValidator_KindMustBeOneOf, string.Join(", ", Enum.GetNames<ProjectCertificateKind>())));
            }
            if (string.IsNullOrWhiteSpace(certificate.Number) || certificate.Number.Length > 64)
                Add($"certificates[{i}].number", RequiredCode, Texts.Text(Texts.ApplicationFormValidator_NumberIsRequiredAtMostCharacters));
            if (!string.IsNullOrWhiteSpace(certificate.IssuerCode))
                CheckIssuer(i, certificate);
            else if (string.IsNullOrWhiteSpace(certificate.IssuingDistrictCode) || !districts.IsInZone(certificate.IssuingDistrictCode.Trim()))
                OutsideZone($"certificates[{i}].issuingDistrictCode", Texts.Text(Texts.ApplicationFormValidator_Issuer));
        }
        return findings;

        void CheckIssuer(int i, CertificateClaimForm certificate)
        {
            if (districts.Issuers.Find(certificate.IssuerCode) is not { } issuer)
            {
                var codes = string.Join(", ", districts.Issuers.Issuers.Select(x => x.Id));
                Add($"certificates[{i}].issuerCode", UnknownValueCode,
                    Texts.Text(Texts.ApplicationFormValidator_IssuerCodeIsNotInList, certificate.IssuerCode!.Trim(), codes));
            }
            else if (!string.IsNullOrWhiteSpace(certificate.IssuingDistrictCode) && certificate.IssuingDistrictCode.Trim() != IssuerDirectory.DivisionOf(issuer))
            {
                var none = Texts.Text(Texts.ApplicationFormValidator_NoDivision);
                Add($"certificates[{i}].issuingDistrictCode", MismatchCode,
                    Texts.Text(Texts.ApplicationFormValidator_HasDivisionCodeNotIssuerCode, issuer.Zh, issuer.Division ?? none.ZhCn, certificate.IssuingDistrictCode.Trim(), issuer.En, issuer.Division ?? none.En));
            }
        }

        void MaxLength(string field, string? value, int max)
        {
            if (value is not null && value.Trim().Length > max)
                Add(field, TooLongCode, Texts.Text(Texts.ApplicationFormValidator_MustBeAtMostCharacters, max, field));
        }

        void OutsideZone(string field, LocalizedText whose)
        {
            Add(field, OutsideZoneCode,
                Texts.Text(Texts.ApplicationFormValidator_MustBeDistrictOfZone, whose.ZhCn, string.Join("、", districts.Districts.Select(d => $"{d.Code}（{d.Name}）")), field.Split('.')[^1], string.Join(", ", districts.Districts.Select(d => $"{d.Code} ({d.NameEn})"))));
        }

        void Add(string field, string code, LocalizedText text) => findings.Add(new Finding(code, text, field));
    }

    /// <summary>
    /// Copies a validated form onto an application. Where it is decided is not the form's to say: the caller asks the
    /// registry and calls <see cref="Application.PlaceWhereDecided"/>.
    /// </summary>
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
        application.RegistrationNumber = RegistryNumbers.NormalizeOrNull(form.RegistrationNumber);
        application.Reason = Clean(form.Reason);
        application.Projects = (form.Projects ?? []).Select(p => p.Trim()).ToList();
        application.Certificates = (form.Certificates ?? [])
            .Select(c => districts.Issuers.Find(c.IssuerCode) is { } issuer
                ? new CertificateClaim(c.Kind!.Value, RegistryNumbers.Normalize(c.Number!), IssuerDirectory.DivisionOf(issuer), c.ValidUntil, c.Projects, issuer.Id)
                : new CertificateClaim(c.Kind!.Value, RegistryNumbers.Normalize(c.Number!), c.IssuingDistrictCode!.Trim(), c.ValidUntil, c.Projects))
            .ToList();
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
