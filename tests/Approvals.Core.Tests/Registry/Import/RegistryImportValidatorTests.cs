using Approvals.Core.Districts;
using Approvals.Core.Registry;
using Approvals.Core.Registry.Import;
using Approvals.Core.Settings;
using Microsoft.Extensions.Options;

namespace Approvals.Core.Tests.Registry.Import;

public sealed class RegistryImportValidatorTests
{
    private static readonly DateOnly Today = new(2026, 6, 1);
    private static readonly RegistryImportValidator Validator = new(DistrictDirectory.LoadEmbedded(), Options.Create(new MetrologyOptions()));

    private static RegistryImportRow Registration(int row, string number, string level = "二级", string idNumber = "320509199001010025", string name = "王芳")
    {
        var cells = RegistryImportColumns.Registrations.ToDictionary(c => c.Key, c => c.Example);
        cells[RegistryImportColumns.Number] = number;
        cells[RegistryImportColumns.Level] = level;
        cells[RegistryImportColumns.IdNumber] = idNumber;
        cells[RegistryImportColumns.Name] = name;
        return new RegistryImportRow(row, cells);
    }

    private static RegistryImportRow Certificate(int row, params (string Column, string Value)[] changes)
    {
        var cells = RegistryImportColumns.Certificates.ToDictionary(c => c.Key, c => c.Example);
        foreach (var (column, value) in changes)
            cells[column] = value;
        return new RegistryImportRow(row, cells);
    }

    [Fact]
    public void A_number_twice_in_a_file_is_refused_on_the_later_row_naming_the_earlier()
    {
        var check = Validator.Validate(RegistryImportKind.Registrations,
            [Registration(2, "CSJ-R2-320509-2023-000101"), Registration(3, "CSJ-R2-320509-2023-000101", idNumber: "32050919850505123X", name: "刘洋")], Today);

        var problem = Assert.Single(check.Problems);
        Assert.Equal((3, RegistryImportColumns.Number), (problem.Row, problem.Column));
        Assert.Contains("第 2 行", problem.Reason.ZhCn, StringComparison.Ordinal);
        Assert.Contains("row 2", problem.Reason.En, StringComparison.Ordinal);
        Assert.False(check.Accepted);
    }

    [Fact]
    public void The_same_person_twice_at_the_same_level_is_refused_but_at_both_levels_is_accepted()
    {
        var sameLevel = Validator.Validate(RegistryImportKind.Registrations,
            [Registration(2, "CSJ-R2-320509-2023-000101"), Registration(3, "CSJ-R2-320509-2023-000102")], Today);
        var bothLevels = Validator.Validate(RegistryImportKind.Registrations,
            [Registration(2, "CSJ-R2-320509-2023-000101"), Registration(3, "CSJ-R1-320509-2023-000102", level: "一级")], Today);

        Assert.Equal((3, RegistryImportColumns.IdNumber), (Assert.Single(sameLevel.Problems).Row, sameLevel.Problems[0].Column));
        Assert.True(bothLevels.Accepted);
        Assert.Equal(2, bothLevels.Registrations.Count);
    }

    [Fact]
    public void A_certificates_issuer_is_found_in_the_shared_issuers_list_by_name_or_code_and_gives_its_division()
    {
        var check = Validator.Validate(RegistryImportKind.Certificates,
            [Certificate(2), Certificate(3, (RegistryImportColumns.Issuer, "qts-320000"), (RegistryImportColumns.Number, "JY-0002"), (RegistryImportColumns.CertificateKind, "检定员证"))], Today);

        Assert.True(check.Accepted);
        Assert.Equal([("amr-320000", "320000", ProjectCertificateKind.ProjectAssessment), ("qts-320000", "320000", ProjectCertificateKind.Verifier)],
            check.Certificates.Select(c => (c.IssuerId, c.IssuingDistrictCode, c.Kind)));
    }

    [Theory]
    [InlineData(RegistryImportColumns.Issuer, "吴江县计量所", "发证机关名录")]
    [InlineData(RegistryImportColumns.CertificateKind, "上岗证", "证书类别")]
    [InlineData(RegistryImportColumns.ValidTo, "2022-05-31", "不晚于有效期起")]
    public void A_certificate_row_with_a_wrong_cell_is_refused(string column, string value, string reason)
    {
        var check = Validator.Validate(RegistryImportKind.Certificates, [Certificate(4, (column, value))], Today);

        var problem = Assert.Single(check.Problems);
        Assert.Equal((4, column), (problem.Row, problem.Column));
        Assert.Contains(reason, problem.Reason.ZhCn, StringComparison.Ordinal);
    }
}
