using Approvals.Core.Districts;
using Approvals.Core.Registry;
using Approvals.Core.Registry.Import;

namespace Approvals.Core.Tests.Registry.Import;

public sealed class RegistrationRowValidatorTests
{
    private static readonly DistrictDirectory Districts = DistrictDirectory.LoadEmbedded();
    private static readonly DateOnly Today = new(2026, 6, 1);

    private static RegistryImportRow Row(params (string Column, string Value)[] changes)
    {
        var cells = RegistryImportColumns.Registrations.ToDictionary(c => c.Key, c => c.Example);
        foreach (var (column, value) in changes)
            cells[column] = value;
        return new RegistryImportRow(7, cells);
    }

    [Fact]
    public void The_templates_example_row_is_a_registration_with_its_number_level_district_projects_and_validity()
    {
        var (registration, problems) = RegistrationRowValidator.Validate(Row(), Districts, 5, Today);

        Assert.Empty(problems);
        Assert.NotNull(registration);
        Assert.Equal((7, "苏计量注2020-0345", MetrologistLevel.Level2, "王芳", "320509199001010025", "91320509MA1MT0001P", "320509"),
            (registration.Row, registration.Number, registration.Level, registration.Name, registration.IdNumber, registration.CreditCode, registration.DistrictCode));
        Assert.Equal((new DateOnly(2023, 3, 1), new DateOnly(2028, 2, 29)), (registration.ValidFrom, registration.ValidTo));
        Assert.Equal(["长度计量", "热工计量"], registration.Projects);
    }

    public static TheoryData<string, string, string, string> Refused => new()
    {
        { RegistryImportColumns.IdNumber, "320509199001010020", RegistryImportColumns.IdNumber, "校验码" },
        { RegistryImportColumns.CreditCode, "91320509MA1MT00019", RegistryImportColumns.CreditCode, "校验" },
        { RegistryImportColumns.Level, "三级", RegistryImportColumns.Level, "三级" },
        { RegistryImportColumns.District, "320500", RegistryImportColumns.District, "不是示范区的区县" },
        { RegistryImportColumns.Number, new string('号', 33), RegistryImportColumns.Number, "不能作为编号" },
        { RegistryImportColumns.Number, "SZ-2019\u00070001", RegistryImportColumns.Number, "控制字符" },
        { RegistryImportColumns.Number, "　", RegistryImportColumns.Number, "必填" },
        { RegistryImportColumns.Number, "CSJ-M2-320509-2023-000101", RegistryImportColumns.Number, "互认编号" },
        { RegistryImportColumns.ValidFrom, "2023-13-01", RegistryImportColumns.ValidFrom, "不是日期" },
        { RegistryImportColumns.ValidTo, "2022年3月1日", RegistryImportColumns.ValidTo, "不晚于有效期起" },
        { RegistryImportColumns.ValidTo, "2030/3/1", RegistryImportColumns.ValidTo, "超过 5 年" },
        { RegistryImportColumns.ValidFrom, "2026-07-01", RegistryImportColumns.ValidFrom, "晚于今天" },
        { RegistryImportColumns.Name, "", RegistryImportColumns.Name, "必填" },
        { RegistryImportColumns.Projects, " ；", RegistryImportColumns.Projects, "至少填写一个项目" },
        { RegistryImportColumns.Email, "wang.fang@", RegistryImportColumns.Email, "不是有效的电子邮箱地址" },
        { RegistryImportColumns.Email, "王芳 <wang.fang@example.cn>", RegistryImportColumns.Email, "只填一个地址" },
    };

    [Theory]
    [InlineData("zhangsan@example.cn", "zhangsan@example.cn")]
    [InlineData("", null)]
    public void The_holders_e_mail_is_optional_and_kept_when_given(string cell, string? expected)
    {
        var (registration, problems) = RegistrationRowValidator.Validate(Row((RegistryImportColumns.Email, cell)), Districts, 5, Today);

        Assert.Empty(problems);
        Assert.Equal(expected, registration!.Email);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void A_row_with_a_wrong_cell_is_refused_naming_its_row_the_column_and_why(string column, string value, string refusedColumn, string reason)
    {
        var (registration, problems) = RegistrationRowValidator.Validate(Row((column, value)), Districts, 5, Today);

        Assert.Null(registration);
        var problem = Assert.Single(problems, p => p.Column == refusedColumn);
        Assert.Equal(7, problem.Row);
        Assert.Contains(reason, problem.Reason.ZhCn, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(problem.Reason.En));
    }

    [Theory]
    [InlineData("沪计注〔2019〕R1-0012", "沪计注〔2019〕R1-0012")]
    [InlineData(" ｓｚ-２０１９-0001 ", "SZ-2019-0001")]
    [InlineData("zj-jl-2018-77", "ZJ-JL-2018-77")]
    public void A_number_a_province_issued_is_kept_as_issued_in_the_form_every_lookup_uses(string text, string kept)
    {
        var (registration, problems) = RegistrationRowValidator.Validate(Row((RegistryImportColumns.Number, text)), Districts, 5, Today);

        Assert.Empty(problems);
        Assert.Equal((kept, MetrologistLevel.Level2, "320509"), (registration!.Number, registration.Level, registration.DistrictCode));
        Assert.Equal(kept, RegistryNumbers.Normalize(text));
    }

    [Theory]
    [InlineData(RegistryImportColumns.Level, "一级", "2 级注册")]
    [InlineData(RegistryImportColumns.District, "310118", "属于区县 320509")]
    public void A_number_in_the_platforms_format_that_claims_another_level_or_district_than_its_row_is_refused(string column, string value, string reason)
    {
        var (registration, problems) = RegistrationRowValidator.Validate(
            Row((RegistryImportColumns.Number, "csj-r2-320509-2023-000101"), (column, value)), Districts, 5, Today);

        Assert.Null(registration);
        Assert.Contains(reason, Assert.Single(problems, p => p.Column == RegistryImportColumns.Number).Reason.ZhCn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-03-01")]
    [InlineData("2025/3/1")]
    [InlineData("2025年3月1日")]
    [InlineData("2025.3.1")]
    [InlineData("20250301")]
    public void A_date_is_read_in_ISO_and_in_the_ways_Chinese_registers_write_it(string text)
    {
        Assert.True(ImportDates.TryParse(text, out var date));
        Assert.Equal(new DateOnly(2025, 3, 1), date);
    }

    [Theory]
    [InlineData("一级", MetrologistLevel.Level1)]
    [InlineData("2", MetrologistLevel.Level2)]
    [InlineData("Level 1", MetrologistLevel.Level1)]
    [InlineData("二级", MetrologistLevel.Level2)]
    public void A_level_is_read_in_Chinese_as_a_digit_or_in_English(string text, MetrologistLevel level) =>
        Assert.Equal(level, RegistrationRowValidator.Level(text));

    [Theory]
    [InlineData("姓名(Name)")]
    [InlineData("姓名（Name）")]
    [InlineData("姓名")]
    [InlineData(" name ")]
    public void A_header_is_recognised_in_the_templates_bilingual_form_or_in_either_language(string header) =>
        Assert.True(RegistryImportColumns.Registrations.Single(c => c.Key == RegistryImportColumns.Name).IsNamedBy(header));
}
