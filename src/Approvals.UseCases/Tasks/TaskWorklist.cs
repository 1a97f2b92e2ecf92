using Approvals.Core.Access;
using Approvals.UseCases.Instances;
using Approvals.UseCases.People;
using Approvals.UseCases.Records;
using Approvals.UseCases.Verification;

namespace Approvals.UseCases.Tasks;

/// <summary>A worklist row: the task, its case's statutory clock and the name of whoever claimed it.</summary>
public sealed record WorklistRow(TaskView Task, StatutoryClockView? Clock, string? AssigneeName);

/// <summary>The counts the menu shows beside the inbox and the verification requests.</summary>
public sealed record WorklistCounts(int OpenTasks, int VerificationRequests);

/// <summary>
/// The reviewer's worklist: open tasks of their district, filtered, searched, sorted and paged in the database, each
/// row with the days left against its case's statutory limit and the claimant's name.
/// </summary>
public sealed class TaskWorklist(WorkflowQueries queries, IStatutoryClock clocks, IUserDisplayNames people, VerificationService verifications, TimeProvider clock)
{
    private static readonly TaskFilter OpenTasks = new(HumanTaskStatus.Open);

    public async Task<WorklistPage<WorklistRow>> PageAsync(WorklistQuery query, Caller caller, CancellationToken cancellationToken)
    {
        var page = await queries.PageTasksAsync(OpenTasks, query, caller, clock.GetUtcNow(), cancellationToken);
        var names = await people.ForAsync(page.Rows.Select(t => t.Assignee), cancellationToken);
        var rows = new List<WorklistRow>(page.Rows.Count);
        // One clock per case of the page (at most a page's worth of small queries), never per task of the district.
        var byInstance = new Dictionary<string, StatutoryClockView?>(StringComparer.Ordinal);
        foreach (var task in page.Rows)
        {
            if (!byInstance.TryGetValue(task.InstanceId, out var statutory))
                byInstance[task.InstanceId] = statutory = task.ApplicationType is null ? null : await clocks.GetAsync(task.InstanceId, caller, cancellationToken);
            rows.Add(new WorklistRow(task, statutory, task.Assignee is { } assignee ? names.GetValueOrDefault(assignee, assignee) : null));
        }
        return new WorklistPage<WorklistRow>(rows, page.Total, page.Page, page.PageSize);
    }

    /// <summary>Open tasks the caller may see (four eyes applied) and verification requests their district owes.</summary>
    public async Task<WorklistCounts> CountsAsync(Caller caller, CancellationToken cancellationToken)
    {
        var tasks = await queries.PageTasksAsync(OpenTasks, new WorklistQuery(PageSize: 1), caller, clock.GetUtcNow(), cancellationToken);
        return new WorklistCounts(tasks.Total, await verifications.CountOpenForDistrictAsync(caller, cancellationToken));
    }

    /// <summary>The steps the caller's open tasks wait at, for the step filter.</summary>
    public Task<IReadOnlyList<WorklistStep>> StepsAsync(Caller caller, CancellationToken cancellationToken) => queries.OpenStepsAsync(caller, cancellationToken);
}
