using System.Text.Json.Nodes;
using Approvals.Workflows.Interchange;
using Approvals.Workflows.Interchange.Elsa;
using Approvals.Workflows.Models;
using Approvals.Workflows.Tests.Support;

namespace Approvals.Workflows.Tests;

/// <summary>Elsa 3 workflow JSON (fixtures in ElsaInterchange/, written from Elsa's documented shape) read into our definitions.</summary>
public sealed class ElsaImportTests
{
    private static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "ElsaInterchange", name));

    private static WorkflowDefinition Imported(string name)
    {
        var result = ElsaWorkflowImporter.Import(Fixture(name));
        Assert.Empty(result.Refusals);
        return result.Definition!;
    }

    private static ActivityModel Activity(WorkflowDefinition definition, string id) => definition.Root.Activities.Single(a => a.Id == id);

    [Fact]
    public void An_Elsa_document_is_told_from_ours_by_its_root_type()
    {
        Assert.Equal(DefinitionFormat.Elsa3, DefinitionFormats.Detect(Fixture("leave-request-nested.json")));
        Assert.Equal(DefinitionFormat.Elsa3, DefinitionFormats.Detect(Fixture("refused-sequence-root.json")));
        Assert.Equal(DefinitionFormat.Approvals, DefinitionFormats.Detect("""{ "definitionId": "x", "root": { "type": "Flowchart" } }"""));
        Assert.Equal(DefinitionFormat.Approvals, DefinitionFormats.Detect("not json"));
    }

    [Theory]
    [InlineData("Start1", "Start")]
    [InlineData("SetDays", "SetVariable")]
    [InlineData("Long", "Decision")]
    [InlineData("Short", "Decision")]
    [InlineData("Route", "Switch")]
    [InlineData("Split", "Fork")]
    [InlineData("Both", "Join")]
    [InlineData("Cool", "Delay")]
    [InlineData("Wait", "Delay")]
    [InlineData("Mail", "SendEmail")]
    [InlineData("Manager", "HumanTask")]
    [InlineData("Hr", "HumanTask")]
    [InlineData("Status", "SetStatus")]
    [InlineData("End1", "End")]
    [InlineData("Finish1", "End")]
    [InlineData("Note", "JournalNote")]
    public void Each_mapped_Elsa_activity_becomes_our_activity_of_the_same_meaning(string id, string ourType) =>
        Assert.Equal(ourType, Activity(Imported("leave-request-nested.json"), id).Type);

    [Theory]
    [InlineData("SetDays", """{"variable":"Days","value":{"expression":{"type":"JavaScript","value":"getInput('days') || 1"}}}""")]
    [InlineData("Long", """{"condition":{"expression":{"type":"JavaScript","value":"getVariable('Days') > 5"}}}""")]
    [InlineData("Route", """{"mode":"MatchFirst","cases":[{"name":"Week","condition":"variables.Days >= 7"},{"name":"Never","condition":"false"}]}""")]
    [InlineData("Split", """{"branches":["Manager","Hr"]}""")]
    [InlineData("Both", """{"mode":"WaitAll"}""")]
    [InlineData("Cool", """{"duration":"PT30M"}""")]
    [InlineData("Wait", """{"duration":"P1D"}""")]
    [InlineData("Mail", """{"to":{"expression":{"type":"JavaScript","value":"getInput('email')"}},"subject":"Leave of {{ variables.Days }} days","body":"Your leave is approved."}""")]
    [InlineData("Manager", """{"title":"Approve leave","outcomes":["Done"]}""")]
    [InlineData("Hr", """{"title":"HrChecked","outcomes":["Done"]}""")]
    [InlineData("Status", """{"status":"Approved"}""")]
    [InlineData("Note", """{"text":"Leave of {{ variables.Days }} days approved"}""")]
    public void Typed_expression_inputs_become_our_literals_and_expressions(string id, string inputs) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(inputs), Activity(Imported("leave-request-nested.json"), id).Inputs),
            Activity(Imported("leave-request-nested.json"), id).Inputs.ToJsonString());

    [Fact]
    public void Flat_and_nested_connections_give_the_same_flowchart()
    {
        var flat = Imported("greeting-flat.json");
        var nested = Imported("greeting-nested.json");

        Assert.Equal(
            nested.Root.Connections.Select(c => (c.Source.Activity, c.Source.Port, c.Target.Activity, c.Target.Port)),
            flat.Root.Connections.Select(c => (c.Source.Activity, c.Source.Port, c.Target.Activity, c.Target.Port)));
        Assert.Equal([("Start1", "Done", "SetGreeting", "In"), ("SetGreeting", "Done", "End1", "In")],
            flat.Root.Connections.Select(c => (c.Source.Activity, c.Source.Port, c.Target.Activity, c.Target.Port)));
    }

    [Fact]
    public void Positions_variables_and_the_definition_s_name_are_kept_and_Elsa_only_fields_ignored()
    {
        var definition = Imported("leave-request-nested.json");

        Assert.Equal(("leave-request", "Leave request", 2), (definition.DefinitionId, definition.Name, definition.Version));
        Assert.Equal(-400, Activity(definition, "Start1").Metadata!["designer"]!["position"]!["x"]!.GetValue<int>());
        Assert.Equal(950, Activity(definition, "Status").Metadata!["designer"]!["position"]!["x"]!.GetValue<int>());
        Assert.Equal([("Days", "Int32", "3"), ("Approved", "Boolean", "null")],
            definition.Variables.Select(v => (v.Name, v.Type, v.Value?.ToJsonString() ?? "null")));
        Assert.Null(definition.Extra);
    }

    [Fact]
    public void A_SetVariable_naming_its_variable_by_Elsa_id_sets_that_variable_by_name() =>
        Assert.Equal("Greeting", Activity(Imported("greeting-flat.json"), "SetGreeting").Inputs["variable"]!.GetValue<string>());

    [Theory]
    [InlineData("refused-http-endpoint.json", "$.root.activities[1].type", "'Http1' has Elsa type 'Elsa.HttpEndpoint', which has no counterpart here")]
    [InlineData("refused-csharp.json", "$.root.activities[1].value.expression", "'SetGreeting' uses a CSharp expression, which cannot run here")]
    [InlineData("refused-python.json", "$.root.activities[1].value.expression", "'SetGreeting' uses a Python expression, which cannot run here")]
    [InlineData("refused-liquid-filter.json", "$.root.activities[1].value.expression", "uses '{{ Variables.Greeting | upcase }}', which has no equivalent here")]
    [InlineData("refused-if-embedded.json", "$.root.activities[1].then", "'If1' embeds activities in 'then'")]
    [InlineData("refused-join-wait-all-active.json", "$.root.activities[1].mode", "'Join1' joins in mode 'WaitAllActive'")]
    [InlineData("refused-sequence-root.json", "$.root.type", "The root activity is 'Elsa.Sequence'")]
    public void What_cannot_mean_the_same_here_is_refused_by_name_with_its_path_and_nothing_is_imported(string fixture, string path, string message)
    {
        var result = ElsaWorkflowImporter.Import(Fixture(fixture));

        Assert.Null(result.Definition);
        var refusal = Assert.Single(result.Refusals);
        Assert.Equal(path, refusal.Path);
        Assert.Contains(message, refusal.Message);
        Assert.False(string.IsNullOrWhiteSpace(refusal.MessageFor("zh-CN")));
    }

    [Fact]
    public void An_imported_draft_is_validated_with_our_rules_and_only_the_missing_role_is_asked_for()
    {
        var errors = new TestEngine().Loader.Validate(Imported("leave-request-nested.json"));

        Assert.Equal(["$.root.activities[5].inputs.role", "$.root.activities[6].inputs.role"], errors.Select(e => e.Path).Order());
    }

    [Theory]
    [InlineData("from", """{ "typeName": "String", "expression": { "type": "Literal", "value": "director@example.org" } }""")]
    [InlineData("cc", """{ "typeName": "String[]", "expression": { "type": "JavaScript", "value": "getVariable('Managers')" } }""")]
    [InlineData("bcc", """{ "typeName": "String[]", "expression": { "type": "Literal", "value": "[\"audit@example.org\"]" } }""")]
    [InlineData("attachments", """{ "typeName": "Object", "expression": { "type": "Object", "value": "[{\"fileName\":\"leave.pdf\"}]" } }""")]
    [InlineData("cc", """["audit@example.org"]""")]
    public void A_SendEmail_s_from_cc_bcc_or_attachments_with_a_value_is_refused_by_name_with_its_path(string property, string value)
    {
        var result = ElsaWorkflowImporter.Import(SendEmailWith(property, value));

        Assert.Null(result.Definition);
        var refusal = Assert.Single(result.Refusals);
        Assert.Equal($"$.root.activities[0].{property}", refusal.Path);
        Assert.Contains($"Activity 'Mail' sets '{property}' of Elsa.SendEmail", refusal.Message);
        Assert.Contains($"“{property}”", refusal.MessageFor("zh-CN"));
    }

    [Theory]
    [InlineData("from", "null")]
    [InlineData("from", """{ "typeName": "String", "expression": { "type": "Literal", "value": "" } }""")]
    [InlineData("cc", """{ "typeName": "String[]", "expression": { "type": "Literal", "value": "[]" } }""")]
    [InlineData("bcc", """{ "typeName": "String[]", "expression": { "type": "Literal", "value": null } }""")]
    [InlineData("bcc", "[]")]
    [InlineData("attachments", """{ "typeName": "Object", "expression": { "type": "Object", "value": "null" } }""")]
    public void A_SendEmail_s_empty_from_cc_bcc_or_attachments_import_as_a_mail_without_them(string property, string value)
    {
        var result = ElsaWorkflowImporter.Import(SendEmailWith(property, value));

        Assert.Empty(result.Refusals);
        var mail = Assert.Single(result.Definition!.Root.Activities);
        Assert.Equal(["to", "subject"], mail.Inputs.Select(i => i.Key));
    }

    private static string SendEmailWith(string property, string value) => $$"""
        { "definitionId": "mail", "name": "Mail", "root": { "type": "Elsa.Flowchart", "connections": [], "activities": [
          { "id": "Mail", "type": "Elsa.SendEmail",
            "to": { "typeName": "String[]", "expression": { "type": "Literal", "value": "[\"clerk@example.org\"]" } },
            "subject": { "typeName": "String", "expression": { "type": "Literal", "value": "Approved" } },
            "{{property}}": {{value}} } ] } }
        """;
}
