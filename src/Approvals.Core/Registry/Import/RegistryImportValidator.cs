using Approvals.Core.Districts;
using Approvals.Core.Settings;
using Approvals.Text;
using Microsoft.Extensions.Options;

namespace Approvals.Core.Registry.Import;

/// <summary>
/// Checks every row of an import file and the rows against each other: a number twice, or the same person twice at
/// the same level (two registrations in force), is refused on the later row. What the registry already holds is
/// checked by the use case.
/// </summary>
public sealed class RegistryImportValidator(DistrictDirectory districts, IOptions<MetrologyOptions> options)
{
    public RegistryImportCheck Validate(RegistryImportKind kind, IReadOnlyList<RegistryImportRow> rows, DateOnly today)
    {
        var problems = new List<RegistryImportProblem>();
        var registrations = new List<ImportedRegistration>();
        var certificates = new List<ImportedCertificate>();
        foreach (var row in rows)
        {
            if (kind == RegistryImportKind.Registrations)
            {
                var (registration, refused) = RegistrationRowValidator.Validate(row, districts, options.Value.ValidityYears, today);
                problems.AddRange(refused);
                if (registration is not null && DuplicateOf(registration, registrations) is { } duplicate)
                    problems.Add(duplicate);
                else if (registration is not null)
                    registrations.Add(registration);
            }
            else
            {
                var (certificate, refused) = CertificateRowValidator.Validate(row, districts.Issuers, today);
                problems.AddRange(refused);
                if (certificate is not null && DuplicateOf(certificate, certificates) is { } duplicate)
                    problems.Add(duplicate);
                else if (certificate is not null)
                    certificates.Add(certificate);
            }
        }
        return new RegistryImportCheck(kind, rows.Count, registrations, certificates, problems);
    }

    private static RegistryImportProblem? DuplicateOf(ImportedRegistration row, List<ImportedRegistration> earlier)
    {
        if (earlier.FirstOrDefault(e => e.Number == row.Number) is { } sameNumber)
            return new(row.Row, RegistryImportColumns.Number, Texts.Text(Texts.RegistryImport_NumberRepeatsRow, row.Number, sameNumber.Row));
        if (earlier.FirstOrDefault(e => e.IdNumber == row.IdNumber && e.Level == row.Level) is { } samePerson)
            return new(row.Row, RegistryImportColumns.IdNumber, Texts.Text(Texts.RegistryImport_PersonLevelRepeatsRow, row.IdNumber, (int)row.Level, samePerson.Row));
        if (earlier.FirstOrDefault(e => e.IdNumber == row.IdNumber && e.Name != row.Name) is { } otherName)
            return new(row.Row, RegistryImportColumns.Name, Texts.Text(Texts.RegistryImport_NameDiffersFromRow, row.IdNumber, otherName.Name, otherName.Row));
        return null;
    }

    private static RegistryImportProblem? DuplicateOf(ImportedCertificate row, List<ImportedCertificate> earlier)
    {
        if (earlier.FirstOrDefault(e => e.Kind == row.Kind && e.Number == row.Number && e.IssuingDistrictCode == row.IssuingDistrictCode) is { } same)
            return new(row.Row, RegistryImportColumns.Number, Texts.Text(Texts.RegistryImport_NumberRepeatsRow, row.Number, same.Row));
        if (earlier.FirstOrDefault(e => e.IdNumber == row.IdNumber && e.Name != row.Name) is { } otherName)
            return new(row.Row, RegistryImportColumns.Name, Texts.Text(Texts.RegistryImport_NameDiffersFromRow, row.IdNumber, otherName.Name, otherName.Row));
        return null;
    }
}
