using System.Text.Json.Nodes;
using Approvals.Text;
using Approvals.Workflows.Runtime;
using Approvals.Workflows.Tests.Support;
using static Approvals.Workflows.Tests.Support.FlowchartBuilder;

namespace Approvals.Workflows.Tests;

public sealed class InterpreterTests
{
    private readonly TestEngine _engine = new();

    private CompiledWorkflow TaskFlow() => _engine.Compile(new FlowchartBuilder()
        .Activity("start", "Start")
        .Activity("review", "HumanTask", new JsonObject { ["title"] = Js("'Review ' + input.name"), ["role"] = "Reviewer", ["district"] = "310118", ["dueIn"] = "2wd" })
        .Activity("end", "End")
        .Connect("start", "review").Connect("review", "end", "Approve").Connect("review", "end", "Reject")
        .Build());

    [Fact]
    public async Task Human_task_waits_on_a_bookmark_with_its_evaluated_payload_and_working_day_due_date()
    {
        var result = await _engine.StartAsync(TaskFlow(), new JsonObject { ["name"] = "Zhang" });

        Assert.Equal(WorkflowStatus.Suspended, result.State.Status);
        var bookmark = Assert.Single(result.State.Bookmarks);
        Assert.Equal(("HumanTask", "Review Zhang", "Reviewer", "310118"), (bookmark.Kind, (string?)bookmark.Payload["title"]!["en"], (string?)bookmark.Payload["role"], (string?)bookmark.Payload["district"]));
        Assert.Equal(TestEngine.Monday9am.AddDays(2), bookmark.DueAt);
        Assert.Equal(bookmark, Assert.IsType<BookmarkCreated>(Assert.Single(result.Effects)).Bookmark);
    }

    [Fact]
    public async Task Completing_a_task_with_an_outcome_it_does_not_offer_throws_and_changes_nothing()
    {
        var workflow = TaskFlow();
        var started = await _engine.StartAsync(workflow, new JsonObject { ["name"] = "Zhang" });
        var before = started.State.Variables.ToJsonString();

        var ex = await Assert.ThrowsAsync<InvalidRefusal>(() =>
            _engine.ResumeAsync(workflow, started.State, "review", new ResumeStimulus("Maybe")).AsTask());

        Assert.Equal("“Maybe”不是任务“review”的办理结果；可选的结果：Approve、Reject。", ex.Text.ZhCn);
        Assert.Equal(ex.Text.En, ex.Message);
        Assert.Contains("Approve, Reject", ex.Message);
        Assert.Single(started.State.Bookmarks);
        Assert.Equal(before, started.State.Variables.ToJsonString());
    }

    [Fact]
    public async Task Resuming_an_unknown_bookmark_throws_bookmark_not_found()
    {
        var workflow = TaskFlow();
        var started = await _engine.StartAsync(workflow);

        await Assert.ThrowsAsync<NotWaitingRefusal>(() =>
            _engine.Interpreter.ResumeAsync(workflow, started.State, "no-such-bookmark", new ResumeStimulus("Approve")).AsTask());

    }

    [Fact]
    public async Task Resuming_does_not_change_the_callers_state_and_journals_the_actor()
    {
        var workflow = TaskFlow();
        var started = await _engine.StartAsync(workflow);

        var resumed = await _engine.ResumeAsync(workflow, started.State, "review", new ResumeStimulus("Approve", Actor: "li", Comment: "fine"));

        Assert.Equal(WorkflowStatus.Suspended, started.State.Status);
        Assert.Single(started.State.Bookmarks);
        Assert.Equal(WorkflowStatus.Finished, resumed.State.Status);
        Assert.Equal(TestEngine.Monday9am, resumed.State.FinishedAt);
        var entry = Assert.Single(resumed.Journal, j => j.Event == JournalEvent.Resumed);
        Assert.Equal(("Approve", "li"), (entry.Outcome, entry.Actor));
        Assert.Equal("fine", (string?)resumed.State.Variables["review"]!["comment"]);
    }

    [Fact]
    public async Task Cancel_closes_every_bookmark_and_ends_the_instance()
    {
        var workflow = TaskFlow();
        var started = await _engine.StartAsync(workflow);

        var cancelled = _engine.Interpreter.Cancel(workflow, started.State, "admin");

        Assert.Equal(WorkflowStatus.Cancelled, cancelled.State.Status);
        Assert.Empty(cancelled.State.Bookmarks);
        Assert.Equal(started.State.Bookmarks[0].Id, Assert.IsType<BookmarkCancelled>(Assert.Single(cancelled.Effects)).BookmarkId);
        Assert.Equal([JournalEvent.BookmarkCancelled, JournalEvent.InstanceCancelled], cancelled.Journal.Select(j => j.Event));
        Assert.Throws<NotWaitingRefusal>(() => _engine.Interpreter.Cancel(workflow, cancelled.State, "admin"));
    }

    [Fact]
    public async Task Delay_waits_on_a_timer_due_after_the_duration()
    {
        var workflow = _engine.Compile(new FlowchartBuilder()
            .Activity("start", "Start").Activity("wait", "Delay", new JsonObject { ["duration"] = "PT30M" }).Activity("end", "End")
            .Connect("start", "wait").Connect("wait", "end").Build());

        var started = await _engine.StartAsync(workflow);
        _engine.Time.Advance(TimeSpan.FromMinutes(30));
        var fired = await _engine.ResumeAsync(workflow, started.State, "wait", new ResumeStimulus());

        var timer = Assert.Single(started.State.Bookmarks);
        Assert.Equal(("Timer", TestEngine.Monday9am.AddMinutes(30)), (timer.Kind, timer.DueAt));
        Assert.Equal(WorkflowStatus.Finished, fired.State.Status);
        Assert.Equal(TestEngine.Monday9am.AddMinutes(30), fired.State.FinishedAt);
    }

    [Fact]
    public async Task Send_email_asks_for_a_mail_with_the_placeholders_rendered_and_html_escaped()
    {
        var workflow = _engine.Compile(new FlowchartBuilder()
            .Activity("start", "Start")
            .Activity("mail", "SendEmail", new JsonObject
            {
                ["to"] = Js("input.email"),
                ["subject"] = "Application {{ variables.number }}",
                ["body"] = "<p>Dear {{ input.name }}, status: {{ variables.status }}{{ variables.missing }}</p>",
                ["isHtml"] = true,
            })
            .Variable("number", "A-7").Variable("status", "<approved>")
            .Connect("start", "mail").Build());

        var result = await _engine.StartAsync(workflow, new JsonObject { ["email"] = "zhang@example.cn", ["name"] = "Zhang & Co" });

        var mail = Assert.Single(result.Effects.OfType<EmailRequested>());
        Assert.Equal(("zhang@example.cn", "Application A-7", "<p>Dear Zhang &amp; Co, status: &lt;approved&gt;</p>", true),
            (mail.To, mail.Subject, mail.Body, mail.IsHtml));
        Assert.Equal(WorkflowStatus.Finished, result.State.Status);
    }

    [Fact]
    public async Task An_incident_from_a_missing_variable_is_retried_after_the_fix_and_continues()
    {
        var workflow = _engine.Compile(new FlowchartBuilder()
            .Activity("start", "Start")
            .Activity("fee", "SetVariable", new JsonObject { ["variable"] = "fee", ["value"] = Js("variables.application.amount * 0.01") })
            .Activity("end", "End")
            .Connect("start", "fee").Connect("fee", "end").Build());

        var faulted = await _engine.StartAsync(workflow);
        var incident = Assert.Single(faulted.State.Incidents);
        faulted.State.Variables["application"] = new JsonObject { ["amount"] = 2000 };
        var retried = await _engine.Interpreter.RetryAsync(workflow, faulted.State, incident.Id, "regulator");

        Assert.Equal(WorkflowStatus.Faulted, faulted.State.Status);
        Assert.Equal("fee", incident.ActivityId);
        Assert.Equal(WorkflowStatus.Finished, retried.State.Status);
        Assert.Equal(20, (long)retried.State.Variables["fee"]!);
        Assert.NotNull(Assert.Single(retried.State.Incidents).ResolvedAt);
        Assert.Contains(retried.Effects, e => e is IncidentResolved r && r.IncidentId == incident.Id);
        Assert.Equal(JournalEvent.Retried, retried.Journal[0].Event);
    }

    [Fact]
    public async Task The_same_ids_and_clock_give_the_same_result()
    {
        var first = await new TestEngine().StartAsync(new TestEngine().Compile(TaskFlow().Definition), new JsonObject { ["name"] = "A" });
        var second = await new TestEngine().StartAsync(new TestEngine().Compile(TaskFlow().Definition), new JsonObject { ["name"] = "A" });

        Assert.Equal(first.Journal, second.Journal);
        Assert.Equal(first.State.Bookmarks.Select(b => (b.Id, b.DueAt)), second.State.Bookmarks.Select(b => (b.Id, b.DueAt)));
    }

    [Fact]
    public async Task A_fork_inside_a_loop_opens_a_new_round_of_its_join()
    {
        var workflow = _engine.Compile(new FlowchartBuilder()
            .Activity("start", "Start")
            .Activity("fork", "Fork", new JsonObject { ["branches"] = new JsonArray("a", "b") })
            .Activity("a", "SetVariable", new JsonObject { ["variable"] = "n", ["value"] = Js("variables.n + 1") })
            .Activity("b", "HumanTask", new JsonObject { ["title"] = "B", ["role"] = "R", ["outcomes"] = new JsonArray("Done") })
            .Activity("join", "Join")
            .Activity("again", "Decision", new JsonObject { ["condition"] = Js("variables.n < 2") })
            .Activity("end", "End")
            .Variable("n", 0)
            .Connect("start", "fork").Connect("fork", "a", "a").Connect("fork", "b", "b").Connect("a", "join").Connect("b", "join", "Done")
            .Connect("join", "again").Connect("again", "fork", "True").Connect("again", "end", "False")
            .Build());

        var state = (await _engine.StartAsync(workflow)).State;
        state = (await _engine.ResumeAsync(workflow, state, "b", new ResumeStimulus("Done"))).State;
        Assert.Equal(WorkflowStatus.Suspended, state.Status);
        state = (await _engine.ResumeAsync(workflow, state, "b", new ResumeStimulus("Done"))).State;

        Assert.Equal(WorkflowStatus.Finished, state.Status);
        Assert.Equal(2, (long)state.Variables["n"]!);
        Assert.Empty(state.JoinArrivals);
    }
}
