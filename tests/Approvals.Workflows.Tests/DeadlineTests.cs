using System.Text.Json.Nodes;
using Approvals.Workflows.Deadlines;
using Approvals.Workflows.Models;
using Approvals.Workflows.Runtime;
using Approvals.Workflows.Tests.Support;
using Approvals.Workflows.Validation;

namespace Approvals.Workflows.Tests;

/// <summary>The engine only describes deadlines: reminders and escalation travel in the bookmark payload.</summary>
public sealed class DeadlineTests
{
    private readonly TestEngine _engine = new();

    private static WorkflowDefinition TaskFlow(JsonObject inputs, params string[] outcomes)
    {
        inputs["title"] = "Review";
        inputs["role"] = "Reviewer";
        inputs["outcomes"] = new JsonArray(outcomes.Select(o => (JsonNode?)o).ToArray());
        var builder = new FlowchartBuilder().Activity("start", "Start").Activity("review", "HumanTask", inputs).Activity("end", "End").Connect("start", "review");
        foreach (var outcome in outcomes)
            builder.Connect("review", "end", outcome);
        return builder.Build();
    }

    private static JsonObject Escalation(string action, string? role = null, string? outcome = null) =>
        new() { ["action"] = action, ["role"] = role, ["outcome"] = outcome };

    private IReadOnlyList<ValidationError> Validate(WorkflowDefinition definition) => _engine.Loader.Validate(definition);

    [Fact]
    public async Task A_task_with_reminders_and_escalation_carries_them_in_its_bookmark_beside_the_due_date()
    {
        var workflow = _engine.Compile(TaskFlow(new JsonObject
        {
            ["dueIn"] = "5wd",
            ["reminders"] = new JsonArray("50%", "-1wd"),
            ["escalation"] = Escalation("TakeOutcome"),
        }, "Approve", "Reject", "Overdue"));

        var bookmark = Assert.Single((await _engine.StartAsync(workflow)).State.Bookmarks);
        var spec = DeadlineSpec.Of(bookmark);

        Assert.Equal(TestEngine.Monday9am.AddDays(7), bookmark.DueAt);
        Assert.NotNull(spec);
        Assert.Equal(["50%", "-1wd"], spec.Reminders.Select(r => r.ToString()));
        Assert.Equal(new EscalationSpec(EscalationAction.TakeOutcome, null, "Overdue"), spec.Escalation);
        Assert.Equal("Overdue", spec.Escalation!.OutcomePort);
    }

    [Fact]
    public async Task A_task_without_reminders_or_escalation_has_no_deadline_spec()
    {
        var workflow = _engine.Compile(TaskFlow(new JsonObject { ["dueIn"] = "2wd" }, "Approve"));

        var bookmark = Assert.Single((await _engine.StartAsync(workflow)).State.Bookmarks);

        Assert.Null(DeadlineSpec.Of(bookmark));
        Assert.Equal("2wd", (string?)bookmark.Payload["dueIn"]);
    }

    [Fact]
    public async Task The_overdue_outcome_resumes_the_task_through_its_port()
    {
        var workflow = _engine.Compile(TaskFlow(new JsonObject { ["dueIn"] = "1wd", ["escalation"] = Escalation("TakeOutcome") }, "Approve", "Overdue"));
        var started = await _engine.StartAsync(workflow);

        var resumed = await _engine.ResumeAsync(workflow, started.State, "review", new ResumeStimulus(EscalationSpec.DefaultOutcome, Actor: "deadline"));

        Assert.Equal(WorkflowStatus.Finished, resumed.State.Status);
        Assert.Equal("Overdue", (string?)resumed.State.Variables["review"]?["outcome"]);
    }

    [Fact]
    public void Taking_an_outcome_the_task_does_not_declare_is_reported_at_the_escalation()
    {
        var errors = Validate(TaskFlow(new JsonObject { ["dueIn"] = "5wd", ["escalation"] = Escalation("TakeOutcome", outcome: "Late") }, "Approve", "Reject"));

        var error = Assert.Single(errors);
        Assert.Equal("$.root.activities[1].inputs.escalation.outcome", error.Path);
        Assert.Contains("'Late'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NotifyRole", "needs a 'role'")]
    [InlineData("ReassignToRole", "needs a 'role'")]
    [InlineData("Shout", "is unknown")]
    public void An_escalation_that_cannot_be_carried_out_is_reported(string action, string messagePart)
    {
        var errors = Validate(TaskFlow(new JsonObject { ["dueIn"] = "5wd", ["escalation"] = Escalation(action) }, "Approve"));

        Assert.Contains(errors, e => e.Path == "$.root.activities[1].inputs.escalation" && e.Message.Contains(messagePart, StringComparison.Ordinal));
    }

    [Fact]
    public void A_reminder_that_is_not_a_share_or_a_duration_before_is_reported_by_index()
    {
        var errors = Validate(TaskFlow(new JsonObject { ["dueIn"] = "5wd", ["reminders"] = new JsonArray("50%", "soon", "150%") }, "Approve"));

        Assert.Equal(["$.root.activities[1].inputs.reminders[1]", "$.root.activities[1].inputs.reminders[2]"], errors.Select(e => e.Path));
    }

    [Fact]
    public void Reminders_and_escalation_without_a_time_limit_are_reported()
    {
        var errors = Validate(TaskFlow(new JsonObject { ["reminders"] = new JsonArray("50%"), ["escalation"] = Escalation("NotifyRole", "Director") }, "Approve"));

        Assert.Equal(["$.root.activities[1].inputs.reminders", "$.root.activities[1].inputs.escalation"], errors.Select(e => e.Path));
    }

    [Theory]
    [InlineData("50%", 50, null)]
    [InlineData("-1wd", null, "1wd")]
    [InlineData("-PT2H", null, "PT2H")]
    public void Reminder_offsets_parse_as_a_share_or_a_duration_before_due(string text, int? percent, string? before)
    {
        var offset = ReminderOffset.Parse(text);

        Assert.Equal(percent, offset.Percent);
        Assert.Equal(before, offset.BeforeDue?.ToString());
        Assert.Equal(text, offset.ToString());
    }

    [Fact]
    public void A_mail_needs_a_subject_unless_a_template_brings_one()
    {
        static WorkflowDefinition Mail(JsonObject inputs) => new FlowchartBuilder()
            .Activity("start", "Start").Activity("mail", "SendEmail", inputs).Activity("end", "End")
            .Connect("start", "mail").Connect("mail", "end").Build();

        var withoutEither = Validate(Mail(new JsonObject { ["to"] = "a@example.cn" }));
        var withTemplate = Validate(Mail(new JsonObject { ["to"] = "a@example.cn", ["template"] = "approved" }));

        Assert.Equal("$.root.activities[1].inputs.subject", Assert.Single(withoutEither).Path);
        Assert.Empty(withTemplate);
    }

    [Fact]
    public void A_mail_naming_a_template_the_host_does_not_have_is_refused_with_the_names_it_has()
    {
        var definition = new FlowchartBuilder()
            .Activity("start", "Start").Activity("mail", "SendEmail", new JsonObject { ["to"] = "a@example.cn", ["template"] = "aproved" }).Activity("end", "End")
            .Connect("start", "mail").Connect("mail", "end").Build();

        var problem = Assert.Single(Validate(definition));

        Assert.Equal("$.root.activities[1].inputs.template", problem.Path);
        Assert.Equal("There is no mail template 'aproved'; the templates are: approved, rejected.", problem.Message);
        Assert.Equal("没有名为“aproved”的邮件模板；可用的模板：approved, rejected。", problem.MessageFor("zh-CN"));
    }
}
