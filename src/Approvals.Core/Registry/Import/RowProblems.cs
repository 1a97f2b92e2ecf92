using Approvals.Core.Checks;
using Approvals.Text;

namespace Approvals.Core.Registry.Import;

/// <summary>Reads the cells of one row, collecting every problem so the clerk corrects the row at once.</summary>
internal sealed class RowProblems(RegistryImportRow row, DateOnly today)
{
    private const int MaxTextLength = 200;

    public List<RegistryImportProblem> Problems { get; } = [];

    public void Add(string column, LocalizedText reason) => Problems.Add(new(row.Number, column, reason));

    public string? Text(string column, int maxLength = MaxTextLength)
    {
        var value = row[column];
        if (value.Length == 0)
            Add(column, Texts.Text(Texts.RegistryImport_Required));
        else if (value.Length > maxLength)
            Add(column, Texts.Text(Texts.RegistryImport_TooLong, maxLength));
        else
            return value;
        return null;
    }

    public string? IdNumber()
    {
        var result = ResidentIdNumber.Check(row[RegistryImportColumns.IdNumber], today);
        foreach (var finding in result.Findings)
            Add(RegistryImportColumns.IdNumber, finding.Message);
        return result.Value?.Value;
    }

    /// <summary>The optional e-mail: null when the cell is empty, else a valid address or a problem.</summary>
    public string? Email()
    {
        var value = row[RegistryImportColumns.Email];
        if (value.Length == 0)
            return null;
        if (EmailAddress.IsValid(value))
            return value;
        Add(RegistryImportColumns.Email, Texts.Text(Texts.RegistryImport_EmailInvalid, value));
        return null;
    }

    public IReadOnlyList<string>? Projects()
    {
        List<string> projects = [.. row[RegistryImportColumns.Projects]
            .Split([';', '；', '、', ',', '，', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.Ordinal)];
        if (projects.Count == 0)
            Add(RegistryImportColumns.Projects, Texts.Text(Texts.RegistryImport_ProjectsRequired));
        else if (projects.Any(p => p.Length > 100))
            Add(RegistryImportColumns.Projects, Texts.Text(Texts.RegistryImport_TooLong, 100));
        else
            return projects;
        return null;
    }

    /// <summary>Both dates of the validity, the first before the second and not in the future.</summary>
    public (DateOnly From, DateOnly To)? Validity(int? maxYears)
    {
        var from = Date(RegistryImportColumns.ValidFrom);
        var to = Date(RegistryImportColumns.ValidTo);
        if (from is not { } f || to is not { } t)
            return null;
        var before = Problems.Count;
        if (f >= t)
            Add(RegistryImportColumns.ValidTo, Texts.Text(Texts.RegistryImport_ValidToNotAfterValidFrom, Iso(t), Iso(f)));
        if (f > today)
            Add(RegistryImportColumns.ValidFrom, Texts.Text(Texts.RegistryImport_ValidFromInFuture, Iso(f)));
        if (maxYears is { } years && t > f.AddYears(years))
            Add(RegistryImportColumns.ValidTo, Texts.Text(Texts.RegistryImport_ValidityLongerThan, years));
        return Problems.Count == before ? (f, t) : null;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private DateOnly? Date(string column)
    {
        var value = row[column];
        if (value.Length == 0)
            Add(column, Texts.Text(Texts.RegistryImport_Required));
        else if (ImportDates.TryParse(value, out var date))
            return date;
        else
            Add(column, Texts.Text(Texts.RegistryImport_DateFormat, value));
        return null;
    }
}
