using System.Text.Json.Nodes;
using Approvals.Core.Districts;
using Approvals.Infrastructure.Mail;
using Approvals.UseCases.Mail;
using Approvals.Web.Features.Designer.Model;
using Approvals.Workflows.Activities;
using Approvals.Workflows.Contracts;
using Approvals.Workflows.Expressions;
using Approvals.Workflows.Models;
using Moq;

namespace Approvals.Web.Tests.Designer;

public sealed class PropertyPanelFactoryTests
{
    private readonly PropertyPanelFactory _factory = new(DistrictDirectory.LoadEmbedded(), new ShippedMailTemplates());

    [Fact]
    public void A_human_task_gets_per_language_texts_role_and_district_pickers_working_days_and_a_list_of_outcomes()
    {
        var activity = new ActivityModel
        {
            Id = "review", Type = "HumanTask", Name = "初审",
            Inputs = new JsonObject { ["title"] = "初审", ["role"] = "Reviewer", ["dueIn"] = "5wd", ["outcomes"] = new JsonArray("Approve", "Reject") },
        };

        var panel = _factory.Create(activity, new HumanTaskActivity().Descriptor, "zh-CN");

        Assert.Equal("初审", panel.Name);
        Assert.Equal("人工任务", panel.TypeDisplayName);
        var editors = panel.Fields.ToDictionary(f => f.Name, f => f.Editor);
        Assert.Equal(PropertyEditorKind.PerLanguageText, editors["title"]);
        Assert.Equal(PropertyEditorKind.PerLanguageText, editors["description"]);
        Assert.Equal(PropertyEditorKind.RolePicker, editors["role"]);
        Assert.Equal(PropertyEditorKind.DistrictPicker, editors["district"]);
        Assert.Equal(PropertyEditorKind.StringList, editors["outcomes"]);
        Assert.Equal(PropertyEditorKind.FormFields, editors["formFields"]);
        Assert.Equal(PropertyEditorKind.Escalation, editors["escalation"]);
        Assert.Equal(PropertyEditorKind.WorkingDays, editors["dueIn"]);
        Assert.Equal("5", panel.Fields.Single(f => f.Name == "dueIn").Value.Text);
        Assert.Equal("Approve\nReject", panel.Fields.Single(f => f.Name == "outcomes").Value.Text);
        Assert.True(panel.Fields.Single(f => f.Name == "title").Required);
        Assert.False(panel.Fields.Single(f => f.Name == "outcomes").AcceptsExpression);
    }

    [Fact]
    public void The_role_and_escalation_pickers_offer_only_the_roles_that_work_tasks_and_the_district_picker_the_zone_districts_by_code()
    {
        var activity = new ActivityModel { Id = "review", Type = "HumanTask" };

        var panel = _factory.Create(activity, new HumanTaskActivity().Descriptor, "en");

        Assert.Equal(["Reviewer", "Regulator"], panel.Fields.Single(f => f.Name == "role").Options.Select(o => o.Value));
        Assert.Equal(["Reviewer", "Regulator"], panel.Fields.Single(f => f.Name == "escalation").Options.Select(o => o.Value));
        var districts = panel.Fields.Single(f => f.Name == "district").Options;
        Assert.Contains(new EditorOption("310118", "Qingpu District"), districts);
        Assert.Equal(3, districts.Count);
        Assert.Equal("Title", panel.Fields.Single(f => f.Name == "title").Label);
    }

    [Fact]
    public void An_input_holding_an_expression_is_shown_as_the_expression()
    {
        var activity = new ActivityModel
        {
            Id = "review", Type = "HumanTask",
            Inputs = new JsonObject { ["district"] = InputValue.Expression("input.district") },
        };

        var district = _factory.Create(activity, new HumanTaskActivity().Descriptor, "zh-CN").Fields.Single(f => f.Name == "district");

        Assert.Equal(new EditorValue(true, "input.district"), district.Value);
    }

    [Fact]
    public void A_decision_condition_is_an_expression_editor()
    {
        var activity = new ActivityModel { Id = "d", Type = "Decision", Inputs = new JsonObject { ["condition"] = InputValue.Expression("variables.x > 1") } };

        var field = Assert.Single(_factory.Create(activity, new DecisionActivity().Descriptor, "zh-CN").Fields);

        Assert.Equal(PropertyEditorKind.Expression, field.Editor);
        Assert.True(field.AcceptsExpression);
        Assert.Equal("variables.x > 1", field.Value.Text);
    }

    [Fact]
    public void A_choice_is_a_select_of_its_choices_and_a_boolean_a_switch_and_a_template_a_template_editor()
    {
        var switchMode = _factory.Create(new ActivityModel { Id = "s", Type = "Switch" }, new SwitchActivity().Descriptor, "zh-CN")
            .Fields.Single(f => f.Name == "mode");
        var email = _factory.Create(new ActivityModel { Id = "m", Type = "SendEmail" }, new SendEmailActivity(Mock.Of<IMailTemplateCatalog>()).Descriptor, "zh-CN").Fields;

        Assert.Equal(PropertyEditorKind.Select, switchMode.Editor);
        Assert.Equal([SwitchActivity.MatchFirst, SwitchActivity.MatchAny], switchMode.Options.Select(o => o.Value));
        Assert.Equal(PropertyEditorKind.Switch, email.Single(f => f.Name == "isHtml").Editor);
        Assert.Equal(PropertyEditorKind.EmailTemplate, email.Single(f => f.Name == "template").Editor);
    }

    [Fact]
    public void The_template_editor_offers_every_shipped_template_with_its_subject_as_a_mail_reads_with_sample_values()
    {
        var template = _factory.Create(new ActivityModel { Id = "m", Type = "SendEmail" }, new SendEmailActivity(Mock.Of<IMailTemplateCatalog>()).Descriptor, "zh-CN")
            .Fields.Single(f => f.Name == "template");

        Assert.Equal(MailTemplates.Names, template.Options.Select(o => o.Value));
        var received = template.Options.Single(o => o.Value == "received").Label;
        Assert.StartsWith("received · 申请已受理：", received, StringComparison.Ordinal);
        Assert.Contains("SQ-310118-2026-000123", received, StringComparison.Ordinal);
        Assert.All(template.Options, o => Assert.DoesNotContain("{{", o.Label, StringComparison.Ordinal));
    }

    [Fact]
    public void The_template_editor_offers_the_templates_of_the_catalog_it_is_given_with_their_subjects_in_the_panel_s_language()
    {
        var catalog = new Mock<IMailTemplates>();
        catalog.SetupGet(c => c.Names).Returns(["welcome"]);
        catalog.Setup(c => c.SampleSubject("welcome", "en")).Returns("Welcome, Zhang San");
        var factory = new PropertyPanelFactory(DistrictDirectory.LoadEmbedded(), catalog.Object);

        var template = factory.Create(new ActivityModel { Id = "m", Type = "SendEmail" }, new SendEmailActivity(Mock.Of<IMailTemplateCatalog>()).Descriptor, "en")
            .Fields.Single(f => f.Name == "template");

        Assert.Equal([new EditorOption("welcome", "welcome · Welcome, Zhang San")], template.Options);
    }

    [Fact]
    public void Switch_cases_get_the_rows_editor_with_the_input_s_json_and_the_escalation_sees_the_declared_outcomes()
    {
        var cases = new JsonArray(new JsonObject { ["name"] = "High", ["condition"] = "variables.x > 5" });
        var switchPanel = _factory.Create(new ActivityModel { Id = "s", Type = "Switch", Inputs = new JsonObject { ["cases"] = cases } },
            new SwitchActivity().Descriptor, "zh-CN");
        var task = _factory.Create(new ActivityModel { Id = "t", Type = "HumanTask" }, new HumanTaskActivity().Descriptor, "zh-CN");

        var field = switchPanel.Fields.Single(f => f.Name == "cases");
        Assert.Equal(PropertyEditorKind.SwitchCases, field.Editor);
        Assert.True(JsonNode.DeepEquals(cases, field.Input));
        Assert.Equal(["Default", "High"], switchPanel.OutcomesWith(new JsonObject { ["cases"] = cases.DeepClone() }));
        Assert.Equal(["Approve", "Reject", "Overdue"], task.OutcomesWith(new JsonObject { ["outcomes"] = new JsonArray("Approve", "Reject", "Overdue") }));
        Assert.Equal(["Approve", "Reject"], task.OutcomesWith([]));
    }
}
