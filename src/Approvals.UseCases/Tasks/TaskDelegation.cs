using Approvals.Core.Access;
using Approvals.Text;
using Approvals.UseCases.Instances;
using Approvals.UseCases.Limits;
using Approvals.UseCases.People;

namespace Approvals.UseCases.Tasks;

/// <summary>
/// Handing a task to a colleague with a note: only to someone of the task's district who holds its role, is not the
/// caller and is not kept from it by four eyes. Anyone else (another district's user included) is answered like a
/// person who does not exist.
/// </summary>
public sealed class TaskDelegation(WorkflowQueries queries, IColleagues colleagues, IWorkflowRuntime runtime)
{
    /// <summary>Who the caller may hand the task to.</summary>
    /// <exception cref="NotFoundRefusal">no such task in the caller's scope.</exception>
    public async Task<IReadOnlyList<Colleague>> CandidatesAsync(string taskId, Caller caller, CancellationToken cancellationToken)
    {
        var task = await queries.GetTaskAsync(taskId, caller, cancellationToken);
        if (task.District is not { } district)
            return [];
        return (await colleagues.InAsync(district, task.Role, cancellationToken))
            .Where(c => c.UserName != caller.UserName && c.UserName != task.Assignee && !task.Excludes(c.UserName))
            .ToList();
    }

    /// <exception cref="NotFoundRefusal">no such task in the caller's scope, or no such colleague among the candidates.</exception>
    /// <exception cref="InvalidRefusal">no note, or one over <see cref="TextLimits.NoteMaxLength"/>.</exception>
    /// <exception cref="ForbiddenRefusal">the caller may not work the task.</exception>
    /// <exception cref="ConflictRefusal">the task is closed or claimed by someone else.</exception>
    public async Task<Colleague> DelegateAsync(string taskId, string? colleagueUserName, string? note, Caller caller, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(note))
            throw new InvalidRefusal(Texts.Text(Texts.TaskDelegation_NoteIsRequired));
        TextLimits.Check(("note", note, TextLimits.NoteMaxLength));
        var colleague = (await CandidatesAsync(taskId, caller, cancellationToken)).FirstOrDefault(c => c.UserName == colleagueUserName)
            ?? throw new NotFoundRefusal(Texts.Text(Texts.TaskDelegation_NoSuchColleague));
        await runtime.ReassignTaskAsync(taskId, colleague.UserName, Texts.Text(Texts.TaskDelegation_JournalNote, colleague.DisplayName, note.Trim()), caller, cancellationToken);
        return colleague;
    }
}
