using System.Text.Json.Nodes;
using Approvals.Web.Features.Designer.Model;
using Approvals.Workflows.Deadlines;

namespace Approvals.Web.Tests.Designer;

public sealed class EscalationCodecTests
{
    [Fact]
    public void No_escalation_is_the_none_choice_and_writing_none_removes_the_input()
    {
        Assert.Equal(EscalationForm.None, EscalationCodec.Read(null));
        Assert.Null(EscalationCodec.Write(EscalationCodec.Read(JsonNode.Parse("""{ "action": "NotifyRole", "role": "Supervisor" }"""))! with { Action = null }));
    }

    [Fact]
    public void Take_outcome_without_an_outcome_reads_as_overdue_and_is_written_with_it()
    {
        var form = EscalationCodec.Read(JsonNode.Parse("""{ "action": "TakeOutcome" }"""))!;

        Assert.Equal((EscalationAction.TakeOutcome, "Overdue"), (form.Action, form.Outcome));
        Assert.Equal("""{"action":"TakeOutcome","outcome":"Overdue"}""", EscalationCodec.Write(form)!.ToJsonString());
    }

    [Fact]
    public void Changing_the_action_writes_what_it_needs_drops_what_it_does_not_and_keeps_unknown_properties()
    {
        var form = EscalationCodec.Read(JsonNode.Parse("""{ "action": "NotifyRole", "role": "Supervisor", "cc": ["a@b.c"] }"""))!;

        var takeOutcome = EscalationCodec.Write(form with { Action = EscalationAction.TakeOutcome, Outcome = "Reject" });
        var reassign = EscalationCodec.Write(form with { Action = EscalationAction.ReassignToRole, Role = "Regulator" });

        Assert.Equal("""{"action":"TakeOutcome","cc":["a@b.c"],"outcome":"Reject"}""", takeOutcome!.ToJsonString());
        Assert.Equal("""{"action":"ReassignToRole","role":"Regulator","cc":["a@b.c"]}""", reassign!.ToJsonString());
    }

    [Fact]
    public void What_the_editor_writes_is_what_the_engine_reads()
    {
        var written = EscalationCodec.Write(new EscalationForm(EscalationAction.ReassignToRole, "Regulator", "Overdue"));

        Assert.Equal(new EscalationSpec(EscalationAction.ReassignToRole, "Regulator", null), EscalationSpec.Read(written, out var problems));
        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("""{ "action": "Escalate" }""")]
    [InlineData("""{ "action": "NotifyRole", "role": { "expression": { "type": "JavaScript", "value": "input.role" } } }""")]
    [InlineData("""["TakeOutcome"]""")]
    public void Json_the_form_cannot_show_is_left_to_the_json_view(string json)
    {
        Assert.Null(EscalationCodec.Read(JsonNode.Parse(json)));
    }

    [Fact]
    public void A_role_action_without_a_role_is_reported()
    {
        Assert.Equal([new EditorProblem(0, "role", EditorProblemKind.Missing)],
            EscalationCodec.Problems(new EscalationForm(EscalationAction.NotifyRole, " ", "Overdue")));
        Assert.Empty(EscalationCodec.Problems(new EscalationForm(EscalationAction.TakeOutcome, "", "Overdue")));
    }
}
