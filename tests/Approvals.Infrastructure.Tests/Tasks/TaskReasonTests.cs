using Approvals.Core.Access;
using Approvals.Infrastructure.Tests.Support;
using Approvals.Infrastructure.Workflows;
using Approvals.Text;
using Approvals.Workflows.Runtime;
using Approvals.UseCases.Instances;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Tests.Tasks;

/// <summary>A reason (the comment) is required for exactly the outcomes the task's definition lists in reasonRequiredFor.</summary>
public sealed class TaskReasonTests
{
    private const string FirstReviewOutcomes = "\"outcomes\": [\"Approve\", \"Reject\"]";

    private static async Task<(RuntimeHost Host, string TaskId)> OpenFirstReviewAsync(DatabaseTarget target, string reasonRequiredFor)
    {
        var host = await RuntimeHost.StartAsync(target);
        await host.PublishAsync("two-step-approval", json => json.Replace(FirstReviewOutcomes, $"{FirstReviewOutcomes}, \"reasonRequiredFor\": {reasonRequiredFor}", StringComparison.Ordinal));
        var started = await host.RuntimeAsync(r => r.StartAsync("two-step-approval", null, null, null, null, default));
        var task = (await host.QueryAsync(q => q.ListTasksAsync(new TaskFilter(HumanTaskStatus.Open, InstanceId: started.Id), Caller.System, default))).Single();
        return (host, task.Id);
    }

    [Fact]
    public async Task An_outcome_the_task_declares_as_needing_a_reason_is_refused_without_one_and_the_task_stays_open()
    {
        await using var target = DatabaseTarget.Sqlite();
        var (host, taskId) = await OpenFirstReviewAsync(target, "[\"Reject\"]");
        await using var _ = host;

        var refused = await Assert.ThrowsAsync<InvalidRefusal>(() =>
            host.RuntimeAsync(r => r.CompleteTaskAsync(taskId, new ResumeStimulus("Reject", Actor: "reviewer-a", Comment: "  "), Caller.System, default)));

        Assert.Equal("选择“Reject”时必须填写理由（办理意见）。", refused.Text.ZhCn);
        var task = await host.QueryAsync(q => q.GetTaskAsync(taskId, Caller.System, default));
        Assert.Equal(HumanTaskStatus.Open, task.Status);
        Assert.Equal(["Reject"], task.ReasonRequiredFor);
    }

    [Fact]
    public async Task An_outcome_the_task_declares_as_needing_a_reason_is_accepted_with_one()
    {
        await using var target = DatabaseTarget.Sqlite();
        var (host, taskId) = await OpenFirstReviewAsync(target, "[\"Reject\"]");
        await using var _ = host;

        var state = await host.RuntimeAsync(r => r.CompleteTaskAsync(taskId, new ResumeStimulus("Reject", Actor: "reviewer-a", Comment: "证书已过期"), Caller.System, default));

        Assert.Equal(WorkflowStatus.Finished, state.Status);
        var task = await host.QueryAsync(q => q.GetTaskAsync(taskId, Caller.System, default));
        Assert.Equal((HumanTaskStatus.Completed, "Reject", "证书已过期"), (task.Status, task.Outcome, task.Comment));
    }

    [Theory]
    [InlineData("[\"Reject\"]", "Approve")]
    [InlineData("[]", "Reject")]
    public async Task An_outcome_the_task_does_not_declare_needs_no_reason(string reasonRequiredFor, string outcome)
    {
        await using var target = DatabaseTarget.Sqlite();
        var (host, taskId) = await OpenFirstReviewAsync(target, reasonRequiredFor);
        await using var _ = host;

        await host.RuntimeAsync(r => r.CompleteTaskAsync(taskId, new ResumeStimulus(outcome, Actor: "reviewer-a"), Caller.System, default));

        var task = await host.QueryAsync(q => q.GetTaskAsync(taskId, Caller.System, default));
        Assert.Equal((HumanTaskStatus.Completed, outcome, (string?)null), (task.Status, task.Outcome, task.Comment));
    }
}
