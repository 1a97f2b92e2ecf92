using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Approvals.Text;
using Approvals.Workflows.Runtime;
using Approvals.Core.Access;
using Approvals.Core.Applications;
using Approvals.Core.Registry;
using Approvals.UseCases.Records;

namespace Approvals.UseCases.Instances;

public sealed record InstanceSummary(
    string Id,
    string DefinitionId,
    int DefinitionVersion,
    string? CorrelationId,
    WorkflowStatus Status,
    string? PublicStatus,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? FinishedAt,
    string? District = null)
{
    /// <summary>The number people read the case by, when the instance drives a numbered case.</summary>
    public string? CaseNumber { get; init; }
}

public sealed record InstanceDetails(
    InstanceSummary Instance,
    JsonObject Variables,
    JsonObject Input,
    IReadOnlyList<BookmarkState> Bookmarks,
    IReadOnlyList<TaskView> Tasks,
    IReadOnlyList<IncidentView> Incidents,
    IReadOnlyList<JournalView> Journal)
{
    /// <summary>The application's statutory limit and what is left of it; null when its procedure has none.</summary>
    public StatutoryClockView? StatutoryClock { get; init; }
}

public sealed record TaskView(
    string Id,
    string InstanceId,
    string ActivityId,
    string Title,
    string? Description,
    string Role,
    string? District,
    IReadOnlyList<string> Outcomes,
    IReadOnlyList<string> ReasonRequiredFor,
    JsonNode? FormFields,
    HumanTaskStatus Status,
    string? Assignee,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DueAt,
    DateTimeOffset? CompletedAt,
    string? CompletedBy,
    string? Outcome,
    string? Comment,
    JsonObject? Data = null)
{
    /// <summary>The number people read the task's case by, when its instance drives a numbered case.</summary>
    public string? CaseNumber { get; init; }

    /// <summary>The applicant's name, when the task's instance drives a case.</summary>
    public string? ApplicantName { get; init; }

    /// <summary>What the case applies for, when the task's instance drives a case.</summary>
    public ApplicationType? ApplicationType { get; init; }

    /// <summary>The level applied for or held, when the case names one.</summary>
    public MetrologistLevel? Level { get; init; }

    /// <summary>The people who may not claim or complete the task: they decided an earlier step of the case (four eyes).</summary>
    public IReadOnlyList<string> ExcludedUsers { get; init; } = [];

    /// <summary>Whether four eyes keeps this person from claiming and completing the task.</summary>
    public bool Excludes(string? userName) => userName is not null && ExcludedUsers.Contains(userName, StringComparer.Ordinal);

    /// <summary>
    /// Whether a claim is offered to <paramref name="caller"/>: open, unclaimed, for a role they work (a regulator only
    /// reads a reviewer's task) and not kept from them by four eyes (the first approver of a second approval).
    /// </summary>
    public bool MayBeClaimedBy(Caller caller) =>
        Status == HumanTaskStatus.Open && Assignee is null && caller.MayWork(Role) && !Excludes(caller.UserName);

    /// <summary>
    /// Whether a hand-over to a colleague is offered to <paramref name="caller"/>: an open task a regulator of its
    /// district reassigns, or one unclaimed or claimed by the caller, for a role they work and not kept from them by
    /// four eyes (the runtime checks the same when it reassigns).
    /// </summary>
    public bool MayBeDelegatedBy(Caller caller) =>
        Status == HumanTaskStatus.Open && (caller.Roles.Contains(ApprovalsRoles.Regulator)
            || ((Assignee is null || Assignee == caller.UserName) && caller.MayWork(Role) && !Excludes(caller.UserName)));
}

/// <summary>An incident as pages and the API show it: <c>message</c> in English, <c>messageZhCn</c> in Chinese.</summary>
public sealed record IncidentView(string Id, string ActivityId, string ActivityType, string Message, DateTimeOffset Timestamp, DateTimeOffset? ResolvedAt, string? MessageZhCn = null)
{
    [JsonIgnore]
    public LocalizedText Text => LocalizedText.Stored(Message, MessageZhCn);
}

/// <summary>A journal line; a note people read has <c>messageZhCn</c> beside the English <c>message</c>.</summary>
public sealed record JournalView(long Sequence, DateTimeOffset Timestamp, string ActivityId, string ActivityType, JournalEvent Event, string? Outcome, string? Actor, string? Message, string? MessageZhCn = null)
{
    [JsonIgnore]
    public LocalizedText? Text => Message is null ? null : LocalizedText.Stored(Message, MessageZhCn);
}

/// <summary>What a task list asks for; the caller's <see cref="Caller"/> restricts it further.</summary>
/// <param name="Assignee">Only tasks claimed by this user name ("mine").</param>
/// <param name="Unassigned">Only tasks nobody has claimed.</param>
public sealed record TaskFilter(
    HumanTaskStatus? Status = null, string? Role = null, string? District = null, string? InstanceId = null, int Take = 100,
    string? Assignee = null, bool? Unassigned = null);

/// <summary>What an instance list asks for; the caller's <see cref="Caller"/> restricts it further.</summary>
/// <param name="District">Only instances that belong to this district (a case's is its application's).</param>
public sealed record InstanceFilter(string? DefinitionId = null, WorkflowStatus? Status = null, string? CorrelationId = null, string? District = null, int Take = 100);
