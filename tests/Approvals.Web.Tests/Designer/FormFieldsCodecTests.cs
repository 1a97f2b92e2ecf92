using System.Text.Json.Nodes;
using Approvals.Web.Features.Designer.Model;

namespace Approvals.Web.Tests.Designer;

public sealed class FormFieldsCodecTests
{
    [Fact]
    public void Rows_read_from_the_json_write_it_back_unchanged_including_properties_the_editor_does_not_show()
    {
        var json = JsonNode.Parse("""
            [{ "name": "amount", "label": "金额", "type": "number", "required": true, "min": 0 },
             { "name": "note", "placeholder": "可选" }]
            """);

        var rows = FormFieldsCodec.Read(json)!;

        Assert.Equal([("amount", "金额", "number", true), ("note", "", "", false)], rows.Select(r => (r.Name, r.Label, r.Type, r.Required)));
        Assert.True(JsonNode.DeepEquals(json, FormFieldsCodec.Write(rows)));
    }

    [Fact]
    public void An_edited_row_keeps_its_other_properties_and_a_new_row_is_written_in_the_documented_order()
    {
        var rows = FormFieldsCodec.Read(JsonNode.Parse("""[{ "name": "amount", "type": "number", "min": 0 }]"""))!.ToList();

        rows[0] = rows[0] with { Label = "金额", Required = true };
        rows.Insert(0, FormFieldRow.New() with { Name = " remark ", Label = "备注" });

        Assert.Equal("""[{"name":"remark","label":"备注","type":"text"},{"name":"amount","type":"number","min":0,"label":"金额","required":true}]""",
            FormFieldsCodec.Write(rows)!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    [Fact]
    public void An_emptied_label_and_an_unchecked_required_are_written_as_changed()
    {
        var rows = FormFieldsCodec.Read(JsonNode.Parse("""[{ "name": "amount", "label": "金额", "required": true }]"""))!;

        var written = FormFieldsCodec.Write([rows[0] with { Label = "", Required = false }]);

        Assert.Equal("""[{"name":"amount","required":false}]""", written!.ToJsonString());
    }

    [Theory]
    [InlineData("""{ "name": "amount" }""")]
    [InlineData("""["amount"]""")]
    [InlineData("""[{ "name": "amount", "required": "yes" }]""")]
    [InlineData("""[{ "name": "amount", "label": { "expression": { "type": "JavaScript", "value": "input.x" } } }]""")]
    public void Json_the_rows_cannot_show_is_left_to_the_json_view(string json)
    {
        Assert.Null(FormFieldsCodec.Read(JsonNode.Parse(json)));
    }

    [Fact]
    public void No_input_is_no_rows_and_no_rows_leave_the_input_out()
    {
        Assert.Empty(FormFieldsCodec.Read(null)!);
        Assert.Null(FormFieldsCodec.Write([]));
    }

    [Fact]
    public void Rows_without_a_name_or_with_a_name_used_twice_are_reported()
    {
        var rows = new[]
        {
            new FormFieldRow("amount", "", "number", false),
            new FormFieldRow(" ", "备注", "text", false),
            new FormFieldRow("amount", "", "text", false),
        };

        Assert.Equal([new EditorProblem(1, "name", EditorProblemKind.Missing), new EditorProblem(2, "name", EditorProblemKind.Duplicate)],
            FormFieldsCodec.Problems(rows));
    }

    [Fact]
    public void A_select_fields_options_are_read_and_written_and_options_of_another_shape_go_to_the_json_view()
    {
        var rows = FormFieldsCodec.Read(JsonNode.Parse("""[{ "name": "verdict", "type": "select", "options": ["符合", "不符合"] }]"""))!;

        var written = FormFieldsCodec.Write([rows[0] with { Options = ["符合", "基本符合", "不符合"] }]);

        Assert.Equal(["符合", "不符合"], rows[0].Options);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""["符合", "基本符合", "不符合"]"""), written![0]!["options"]));
        Assert.Null(FormFieldsCodec.Read(JsonNode.Parse("""[{ "name": "verdict", "type": "select", "options": "符合" }]""")));
    }
}
