using Approvals.Core.Access;
using Approvals.Infrastructure.Audit;
using Approvals.Text;
using Approvals.UseCases.Instances;
using Approvals.UseCases.Records;
using Approvals.Workflows.Activities;
using Approvals.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Infrastructure.Workflows;

/// <summary>
/// Handing a task to a colleague. Whether the colleague may take it (district, role, four eyes) is the use case's
/// rule (<c>TaskDelegation</c>); here the caller's own right to hand it on is checked, the assignee changes and the
/// note goes onto the instance's journal and audit chain in one save.
/// </summary>
public sealed partial class WorkflowRuntime
{
    /// <exception cref="NotFoundRefusal">no such task in the caller's scope.</exception>
    /// <exception cref="ForbiddenRefusal">the task is for a role the caller may not work (a regulator may hand on any task).</exception>
    /// <exception cref="ConflictRefusal">the task is closed, claimed by someone else, or changed while it was handed on.</exception>
    public async Task ReassignTaskAsync(string taskId, string colleague, LocalizedText note, Caller scope, CancellationToken cancellationToken)
    {
        var user = scope.UserName ?? throw new ArgumentException("Handing a task on needs a user name.", nameof(scope));
        var visible = new WorkflowQueries(db).VisibleTasks(scope).AsTracking();
        var task = scope.Roles.Contains(ApprovalsRoles.Regulator)
            ? await visible.FirstOrDefaultAsync(t => t.Id == taskId && t.Status == HumanTaskStatus.Open, cancellationToken) ?? await FindWorkableAsync(taskId, scope, user, tracked: true, cancellationToken)
            : await FindWorkableAsync(taskId, scope, user, tracked: true, cancellationToken);
        var record = await loads.Instance(db, task.InstanceId, cancellationToken) ?? throw WorkflowRefusals.NoInstance(task.InstanceId);
        task.Assignee = colleague;
        record.Revision++;
        var line = new JournalRecord
        {
            InstanceId = task.InstanceId,
            Timestamp = clock.GetUtcNow(),
            ActivityId = task.ActivityId,
            ActivityType = HumanTaskActivity.TypeName,
            Event = JournalEvent.TaskReassigned,
            Actor = user,
            Message = note.En,
            MessageZhCn = note.ZhCn,
        };
        InstanceAuditChain.Append(record, line);
        db.Journal.Add(line);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            throw new ConflictRefusal(Texts.Text(Texts.WorkflowRuntime_TaskChangedWhileHandedOn, task.TitleText()));
        }
    }
}
