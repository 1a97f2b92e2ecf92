using Approvals.Core.Districts;
using Approvals.Core.Registry;

namespace Approvals.Core.Applications;

/// <summary>
/// The shape of a form as it is saved: known values, lengths, zone districts. Every problem is returned at
/// once, keyed by field. Substance (check characters, documents, the registry) is the automatic check's job.
/// </summary>
public static class ApplicationFormValidator
{
    public static Dictionary<string, string[]> Validate(ApplicationForm form, DistrictDirectory districts, bool creating)
    {
        var errors = new Dictionary<string, List<string>>();
        if (creating && form.Type is null)
            Add("type", $"type is required: one of {string.Join(", ", Enum.GetNames<ApplicationType>())}.");
        else if (form.Type is { } type && !Enum.IsDefined(type))
            Add("type", $"type must be one of {string.Join(", ", Enum.GetNames<ApplicationType>())}.");
        MaxLength("personName", form.PersonName, 100);
        MaxLength("idNumber", form.IdNumber, 18);
        MaxLength("phone", form.Phone, 32);
        MaxLength("employerName", form.EmployerName, 200);
        MaxLength("employerCreditCode", form.EmployerCreditCode, 18);
        MaxLength("employerAddress", form.EmployerAddress, 300);
        MaxLength("qualificationCertificateNumber", form.QualificationCertificateNumber, 64);
        MaxLength("registrationNumber", form.RegistrationNumber, 32);
        if (!string.IsNullOrWhiteSpace(form.EmployerDistrictCode) && !districts.IsInZone(form.EmployerDistrictCode.Trim()))
            Add("employerDistrictCode", $"employerDistrictCode must be a district of the zone: {ZoneCodes(districts)}.");
        if (form.Culture is { } culture && !ApplicantCultures.IsKnown(culture))
            Add("culture", $"culture must be one of {string.Join(", ", ApplicantCultures.All)}.");
        if (form.Level is { } level && level is not (1 or 2))
            Add("level", "level must be 1 (一级) or 2 (二级).");
        for (var i = 0; i < (form.Projects?.Count ?? 0); i++)
        {
            if (string.IsNullOrWhiteSpace(form.Projects![i]) || form.Projects[i].Length > 100)
                Add($"projects[{i}]", "A project name must be 1 to 100 characters.");
        }
        for (var i = 0; i < (form.Certificates?.Count ?? 0); i++)
        {
            var certificate = form.Certificates![i];
            if (certificate.Kind is not { } kind || !Enum.IsDefined(kind))
                Add($"certificates[{i}].kind", $"kind must be one of {string.Join(", ", Enum.GetNames<ProjectCertificateKind>())}.");
            if (string.IsNullOrWhiteSpace(certificate.Number) || certificate.Number.Length > 64)
                Add($"certificates[{i}].number", "number is required (at most 64 characters).");
            if (string.IsNullOrWhiteSpace(certificate.IssuingDistrictCode) || !districts.IsInZone(certificate.IssuingDistrictCode.Trim()))
                Add($"certificates[{i}].issuingDistrictCode", $"issuingDistrictCode must be a district of the zone: {ZoneCodes(districts)}.");
        }
        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

        void MaxLength(string field, string? value, int max)
        {
            if (value is not null && value.Trim().Length > max)
                Add(field, $"{field} must be at most {max} characters.");
        }

        void Add(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list))
                errors[field] = list = [];
            list.Add(message);
        }
    }

    private static string ZoneCodes(DistrictDirectory districts) =>
        string.Join(", ", districts.Districts.Select(d => $"{d.Code} ({d.Name})"));

    /// <summary>Copies a validated form onto an application; the jurisdiction follows the employer.</summary>
    public static void ApplyTo(ApplicationForm form, Application application)
    {
        application.Culture = ApplicantCultures.Normalize(form.Culture ?? application.Culture);
        application.PersonName = Clean(form.PersonName);
        application.IdNumber = Clean(form.IdNumber)?.ToUpperInvariant();
        application.Phone = Clean(form.Phone);
        application.EmployerName = Clean(form.EmployerName);
        application.EmployerCreditCode = Clean(form.EmployerCreditCode)?.ToUpperInvariant();
        application.EmployerDistrictCode = Clean(form.EmployerDistrictCode);
        application.EmployerAddress = Clean(form.EmployerAddress);
        application.DistrictCode = application.EmployerDistrictCode;
        application.Level = form.Level is { } level ? (MetrologistLevel)level : null;
        application.QualificationCertificateNumber = Clean(form.QualificationCertificateNumber);
        application.QualificationIssuedOn = form.QualificationIssuedOn;
        application.RegistrationNumber = Clean(form.RegistrationNumber)?.ToUpperInvariant();
        application.Projects = (form.Projects ?? []).Select(p => p.Trim()).ToList();
        application.Certificates = (form.Certificates ?? [])
            .Select(c => new CertificateClaim(c.Kind!.Value, c.Number!.Trim(), c.IssuingDistrictCode!.Trim(), c.ValidUntil, c.Projects))
            .ToList();
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
