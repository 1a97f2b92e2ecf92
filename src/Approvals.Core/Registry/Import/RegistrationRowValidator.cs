using Approvals.Core.Checks;
using Approvals.Core.Districts;
using Approvals.Text;

namespace Approvals.Core.Registry.Import;

/// <summary>
/// One row of a registrations file: the registration's number as issued (a province's own, or the platform's, which
/// must then agree with the row), its level and district from their own columns, a name, a valid resident ID number and credit code, a zone district, projects and a validity of at most the
/// registration's term, and the holder's e-mail when given.
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
        var email = cells.Email();
        if (cells.Problems.Count > 0)
            return (null, cells.Problems);
        return (new ImportedRegistration(row.Number, number!, level!.Value, name!, idNumber!, employer!, credit.Value!.Value, district, projects!,
            validity!.Value.From, validity.Value.To) { Email = email }, []);
    }

    /// <summary>The level in Chinese, as a digit or in English (the catalog's lists).</summary>
    public static MetrologistLevel? Level(string? text) =>
        ImportWords.Names(Texts.RegistryImportWords_Level1, text) ? MetrologistLevel.Level1
        : ImportWords.Names(Texts.RegistryImportWords_Level2, text) ? MetrologistLevel.Level2
        : null;

    /// <summary>
    /// The number as issued, kept (normalised as every lookup normalises it): any text up to
    /// <see cref="RegistryNumbers.MaxLength"/> characters without control characters. Only a number in the platform's
    /// own format says what it is, and then it must agree with the row: a registration of the row's level and district.
    /// </summary>
    private static string? Number(RegistryImportRow row, RowProblems cells, MetrologistLevel? level, string district)
    {
        var text = row[RegistryImportColumns.Number];
        var normalized = RegistryNumbers.Normalize(text);
        if (normalized.Length == 0)
        {
            cells.Add(RegistryImportColumns.Number, Texts.Text(Texts.RegistryImport_Required));
            return null;
        }
        if (!RegistryNumbers.IsRecordable(normalized))
        {
            cells.Add(RegistryImportColumns.Number, Texts.Text(Texts.RegistryImport_NumberNotRecordable, text, RegistryNumbers.MaxLength));
            return null;
        }
        if (!RegistrationNumber.TryParse(normalized, out var platforms))
            return normalized;
        var before = cells.Problems.Count;
        if (platforms.Kind != RegistryRecordKind.Registration)
            cells.Add(RegistryImportColumns.Number, Texts.Text(Texts.RegistryImport_NumberNotARegistration, platforms));
        else if (level is { } l && platforms.Level != l)
            cells.Add(RegistryImportColumns.Number, Texts.Text(Texts.RegistryImport_NumberLevelDiffers, platforms, (int)platforms.Level!.Value, (int)l));
        if (district.Length > 0 && platforms.DistrictCode != district)
            cells.Add(RegistryImportColumns.Number, Texts.Text(Texts.RegistryImport_NumberDistrictDiffers, platforms, platforms.DistrictCode, district));
        return cells.Problems.Count == before ? normalized : null;
    }
}
