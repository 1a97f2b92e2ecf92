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
        return (new ImportedCertificate(row.Number, kind!.Value, number!.ToUpperInvariant(), name!, idNumber!, issuer!.Id, IssuerDirectory.DivisionOf(issuer),
            projects!, validity!.Value.From, validity.Value.To), []);
    }

    /// <summary>考核合格证 / 计量专业项目考核合格证 / ProjectAssessment, or 检定员证 / 计量检定员证 / Verifier.</summary>
    public static ProjectCertificateKind? Kind(string? text) => (text ?? "").Trim() switch
    {
        "考核合格证" or "计量专业项目考核合格证" or "计量专业项目考核合格证明" => ProjectCertificateKind.ProjectAssessment,
        "检定员证" or "计量检定员证" => ProjectCertificateKind.Verifier,
        var other when Enum.TryParse<ProjectCertificateKind>(other, ignoreCase: true, out var kind) && Enum.IsDefined(kind) && !other.Any(char.IsAsciiDigit) => kind,
        _ => null,
    };
}
