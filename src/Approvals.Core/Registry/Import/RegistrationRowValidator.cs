using Approvals.Core.Checks;
using Approvals.Core.Districts;
using Approvals.Text;

namespace Approvals.Core.Registry.Import;

/// <summary>
/// One row of a registrations file: a zone registration number (CSJ-R1/R2) whose level and district are the row's,
/// a name, a valid resident ID number and credit code, a zone district, projects and a validity of at most the
/// registration's term.
/// </summary>
public static class RegistrationRowValidator
{
    public static (ImportedRegistration? Registration, IReadOnlyList<RegistryImportProblem> Problems) Validate(
        RegistryImportRow row, DistrictDirectory districts, int validityYears, DateOnly today)
    {
        var cells = new RowProblems(row, today);
        var level = Level(row[RegistryImportColumns.Level]);
        if (level is null)
            cells.Add(RegistryImportColumns.Level, Texts.Text(Texts.RegistryImport_LevelUnknown, row[RegistryImportColumns.Level]));
        var district = row[RegistryImportColumns.District];
        if (!districts.IsInZone(district))
            cells.Add(RegistryImportColumns.District, Texts.Text(Texts.RegistryImport_DistrictNotInZone, district, string.Join("、", districts.Districts.Select(d => d.Code))));
        var number = Number(row, cells, level, district);
        var name = cells.Text(RegistryImportColumns.Name, 100);
        var idNumber = cells.IdNumber();
        var employer = cells.Text(RegistryImportColumns.Employer);
        var credit = UnifiedSocialCreditCode.Check(row[RegistryImportColumns.CreditCode]);
        foreach (var finding in credit.Findings)
            cells.Add(RegistryImportColumns.CreditCode, finding.Message);
        var projects = cells.Projects();
        var validity = cells.Validity(validityYears);
        if (cells.Problems.Count > 0)
            return (null, cells.Problems);
        return (new ImportedRegistration(row.Number, number!, level!.Value, name!, idNumber!, employer!, credit.Value!.Value, district, projects!,
            validity!.Value.From, validity.Value.To), []);
    }

    /// <summary>The level in Chinese, as a digit or in English (the catalog's lists).</summary>
    public static MetrologistLevel? Level(string? text) =>
        ImportWords.Names(Texts.RegistryImportWords_Level1, text) ? MetrologistLevel.Level1
        : ImportWords.Names(Texts.RegistryImportWords_Level2, text) ? MetrologistLevel.Level2
        : null;

    private static string? Number(RegistryImportRow row, RowProblems cells, MetrologistLevel? level, string district)
    {
        var text = row[RegistryImportColumns.Number];
        if (!RegistrationNumber.TryParse(text, out var number))
        {
            cells.Add(RegistryImportColumns.Number, text.Length == 0
                ? Texts.Text(Texts.RegistryImport_Required)
                : Texts.Text(Texts.RegistryImport_NumberFormat, text));
            return null;
        }
        var before = cells.Problems.Count;
        if (number.Kind != RegistryRecordKind.Registration)
            cells.Add(RegistryImportColumns.Number, Texts.Text(Texts.RegistryImport_NumberNotARegistration, number));
        else if (level is { } l && number.Level != l)
            cells.Add(RegistryImportColumns.Number, Texts.Text(Texts.RegistryImport_NumberLevelDiffers, number, (int)number.Level!.Value, (int)l));
        if (district.Length > 0 && number.DistrictCode != district)
            cells.Add(RegistryImportColumns.Number, Texts.Text(Texts.RegistryImport_NumberDistrictDiffers, number, number.DistrictCode, district));
        return cells.Problems.Count == before ? number.ToString() : null;
    }
}
