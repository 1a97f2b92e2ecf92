using Approvals.Infrastructure.Workflows;
using Approvals.Web.Features.Tasks.Pages;
using Approvals.Core.Access;
using Approvals.UseCases.Instances;
using Approvals.UseCases.Records;

namespace Approvals.Web.Tests.Components;

/// <summary>The inbox's views as filters; the caller's scope (district, roles) is applied on top by the query.</summary>
public sealed class TaskInboxViewTests
{
    [Fact]
    public void Mine_lists_the_open_tasks_the_user_claimed() =>
        Assert.Equal(new TaskFilter(HumanTaskStatus.Open, Assignee: "reviewer@bureau.test"), TaskInboxView.Mine.Filter("reviewer@bureau.test"));

    [Fact]
    public void Mine_without_a_user_name_matches_no_assignee_rather_than_every_task() =>
        Assert.Equal(Caller.NoDistrict, TaskInboxView.Mine.Filter(null).Assignee);

    [Fact]
    public void Unclaimed_lists_the_open_tasks_nobody_claimed() =>
        Assert.Equal(new TaskFilter(HumanTaskStatus.Open, Unassigned: true), TaskInboxView.Unclaimed.Filter("reviewer@bureau.test"));

    [Fact]
    public void All_open_lists_every_open_task_whoever_claimed_it() =>
        Assert.Equal(new TaskFilter(HumanTaskStatus.Open), TaskInboxView.AllOpen.Filter("reviewer@bureau.test"));
}
