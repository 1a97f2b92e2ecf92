using System.Text.Json.Nodes;
using Approvals.Web.Features.Designer.Model;
using Approvals.Workflows.Expressions;

namespace Approvals.Web.Tests.Designer;

public sealed class PropertyValueCodecTests
{
    [Theory]
    [InlineData("5", "\"5wd\"")]
    [InlineData("2wd4h", "\"2wd4h\"")]
    [InlineData("PT30M", "\"PT30M\"")]
    public void Working_days_are_saved_in_the_engine_s_duration_form(string typed, string json)
    {
        var written = PropertyValueCodec.Write(PropertyEditorKind.WorkingDays, new EditorValue(false, typed));

        Assert.True(written.IsValid);
        Assert.Equal(json, written.Value!.ToJsonString());
    }

    [Fact]
    public void A_duration_that_is_not_whole_working_days_is_shown_as_written()
    {
        Assert.Equal("2wd4h", PropertyValueCodec.Read(PropertyEditorKind.WorkingDays, JsonValue.Create("2wd4h")).Text);
        Assert.Equal("3", PropertyValueCodec.Read(PropertyEditorKind.WorkingDays, JsonValue.Create("3wd")).Text);
    }

    [Theory]
    [InlineData(PropertyEditorKind.WorkingDays, "soon")]
    [InlineData(PropertyEditorKind.Number, "1,5x")]
    [InlineData(PropertyEditorKind.Integer, "1.5")]
    [InlineData(PropertyEditorKind.Switch, "yes")]
    [InlineData(PropertyEditorKind.Json, "[{")]
    public void Text_that_cannot_be_stored_gives_a_message_and_no_value(PropertyEditorKind editor, string typed)
    {
        var written = PropertyValueCodec.Write(editor, new EditorValue(false, typed));

        Assert.False(written.IsValid);
        Assert.False(string.IsNullOrWhiteSpace(written.Error));
        Assert.Null(written.Value);
    }

    [Fact]
    public void Numbers_and_switches_are_stored_as_json_numbers_and_booleans()
    {
        Assert.Equal("1.5", PropertyValueCodec.Write(PropertyEditorKind.Number, new EditorValue(false, "1.5")).Value!.ToJsonString());
        Assert.Equal("12", PropertyValueCodec.Write(PropertyEditorKind.Integer, new EditorValue(false, "12")).Value!.ToJsonString());
        Assert.Equal("true", PropertyValueCodec.Write(PropertyEditorKind.Switch, new EditorValue(false, "true")).Value!.ToJsonString());
        Assert.Equal("true", PropertyValueCodec.Read(PropertyEditorKind.Switch, JsonValue.Create(true)).Text);
    }

    [Fact]
    public void A_list_is_one_item_per_line_and_blank_lines_are_dropped()
    {
        var written = PropertyValueCodec.Write(PropertyEditorKind.StringList, new EditorValue(false, "Approve\n\n Reject \nRequestCorrections"));

        Assert.Equal("""["Approve","Reject","RequestCorrections"]""", written.Value!.ToJsonString());
    }

    [Fact]
    public void An_expression_is_stored_in_the_engine_s_expression_shape_and_read_back()
    {
        var written = PropertyValueCodec.Write(PropertyEditorKind.Text, new EditorValue(true, "input.name"));

        Assert.True(InputValue.TryGetExpression(written.Value, out var language, out var expression));
        Assert.Equal((InputValue.JavaScript, "input.name"), (language, expression));
        Assert.Equal(new EditorValue(true, "input.name"), PropertyValueCodec.Read(PropertyEditorKind.Text, written.Value));
    }

    [Fact]
    public void An_emptied_field_leaves_the_input_out()
    {
        var written = PropertyValueCodec.Write(PropertyEditorKind.Text, new EditorValue(false, "  "));

        Assert.True(written.IsValid);
        Assert.Null(written.Value);
    }

    [Fact]
    public void Text_keeps_what_was_typed_including_surrounding_spaces()
    {
        Assert.Equal("\" 初审 \"", PropertyValueCodec.Write(PropertyEditorKind.Text, new EditorValue(false, " 初审 ")).Value!.ToJsonString(
            new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }
}
