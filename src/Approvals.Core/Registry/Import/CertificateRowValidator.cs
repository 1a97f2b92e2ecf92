using Approvals.Core.Issuers;
using Approvals.Text;

namespace Approvals.Core.Registry.Import;

/// <summary>
/// One row of a certificates file: a kind (考核合格证 or 检定员证), a number, a name and valid resident ID number, an
/// issuer of the shared issuers list (its code or its name), projects and a validity.
/// </summary>
public static class CertificateRowValidator
{
    public static (ImportedCertificate? Certificate, IReadOnlyList<RegistryImportProblem> Problems) Validate(
        RegistryImportRow row, IssuerDirectory issuers, DateOnly today)
    {
        var cells = new RowProblems(row, today);
        var kind = Kind(row[RegistryImportColumns.CertificateKind]);
        if (kind is null)
            cells.Add(RegistryImportColumns.CertificateKind, Texts.Text(Texts.RegistryImport_CertificateKindUnknown, row[RegistryImportColumns.CertificateKind]));
        var number = cells.Text(RegistryImportColumns.Number, 64);
        var name = cells.Text(RegistryImportColumns.Name, 100);
        var idNumber = cells.IdNumber();
        var issuerText = row[RegistryImportColumns.Issuer];
        var issuer = issuers.Find(issuerText) ?? issuers.Issuers.FirstOrDefault(i => i.Zh == issuerText || string.Equals(i.En, issuerText, StringComparison.OrdinalIgnoreCase));
        if (issuer is null)
            cells.Add(RegistryImportColumns.Issuer, Texts.Text(Texts.RegistryImport_IssuerUnknown, issuerText));
        var projects = cells.Projects();
        var validity = cells.Validity(null);
        if (cells.Problems.Count > 0)
            return (null, cells.Problems);
        return (new ImportedCertificate(row.Number, kind!.Value, RegistryNumbers.Normalize(number!), name!, idNumber!, issuer!.Id, IssuerDirectory.DivisionOf(issuer),
            projects!, validity!.Value.From, validity.Value.To), []);
    }

    /// <summary>The kind in Chinese or English (the catalog's lists).</summary>
    public static ProjectCertificateKind? Kind(string? text) =>
        ImportWords.Names(Texts.RegistryImportWords_ProjectAssessment, text) ? ProjectCertificateKind.ProjectAssessment
        : ImportWords.Names(Texts.RegistryImportWords_Verifier, text) ? ProjectCertificateKind.Verifier
        : null;
}
