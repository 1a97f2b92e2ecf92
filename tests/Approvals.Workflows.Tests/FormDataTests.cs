using System.Text.Json.Nodes;
using Approvals.Workflows.Forms;

namespace Approvals.Workflows.Tests;

/// <summary>The data a reviewer completes a task with, checked against the task's form.</summary>
public sealed class FormDataTests
{
    private static readonly IReadOnlyList<FormField> Form = FormField.Parse(JsonNode.Parse("""
        [ { "name": "amount", "label": "核定金额", "type": "number", "required": true },
          { "name": "inspectedOn", "label": "核查日期", "type": "date" },
          { "name": "onSite", "label": "已到现场", "type": "boolean", "required": true },
          { "name": "remark", "type": "textarea" },
          { "name": "verdict", "label": "核查结论", "type": "select", "options": ["符合", "不符合"] },
          { "label": "no name, ignored" } ]
        """));

    public static TheoryData<string, string[]> Cases() => new()
    {
        { """{ "amount": 1200, "onSite": false }""", [] },
        { """{ "amount": 0.5, "onSite": true, "inspectedOn": "2026-11-27", "remark": "两处不符", "extra": [1] }""", [] },
        { """{ "onSite": true }""", ["amount: '核定金额' is required."] },
        { """{ "amount": "  ", "onSite": true }""", ["amount: '核定金额' is required."] },
        { """{ "amount": "1200", "onSite": "yes" }""", ["amount: '核定金额' must be a number.", "onSite: '已到现场' must be true or false."] },
        { """{ "amount": 1, "onSite": true, "inspectedOn": "27/11/2026" }""", ["inspectedOn: '核查日期' must be a date (yyyy-MM-dd)."] },
        { """{ "amount": 1, "onSite": true, "remark": 42 }""", ["remark: 'remark' must be text."] },
        { """{ "amount": 1, "onSite": true, "verdict": "符合" }""", [] },
        { """{ "amount": 1, "onSite": true, "verdict": "大致符合" }""", ["verdict: '核查结论' must be one of: 符合, 不符合."] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_field_is_checked_for_presence_and_type(string data, string[] expected)
    {
        var problems = FormData.Check(Form, JsonNode.Parse(data)!.AsObject());

        Assert.Equal(expected, problems.Select(p => $"{p.Field}: {p.Text.En}"));
    }

    [Fact]
    public void The_form_reads_names_labels_types_required_and_options_with_text_and_the_name_as_defaults()
    {
        Assert.Equal(
            [new FormField("amount", "核定金额", "number", true), new FormField("inspectedOn", "核查日期", "date", false),
             new FormField("onSite", "已到现场", "boolean", true), new FormField("remark", "remark", "textarea", false)],
            Form.Take(4));
        Assert.Equal(["符合", "不符合"], Form[4].Options);
    }

    [Fact]
    public void No_data_for_a_form_with_a_required_field_names_it_in_Chinese_too()
    {
        var problem = Assert.Single(FormData.Check([new FormField("amount", "核定金额", FormFieldTypes.Number, true)], null));

        Assert.Equal("请填写“核定金额”。", problem.Text.For("zh-CN"));
    }
}
