using System.Text.Json.Nodes;
using Approvals.Web.Authorization;
using Approvals.Web.Features.Instances.Api;
using Approvals.Workflows.Runtime;
using Microsoft.AspNetCore.Http.HttpResults;
using Approvals.Core.Access;
using Approvals.UseCases.Instances;
using Approvals.UseCases.Records;
using Approvals.UseCases.People;
using Approvals.UseCases.Tasks;

namespace Approvals.Web.Features.Tasks.Api;

/// <summary>
/// Human tasks, scoped to the caller's district and roles inside the queries: a task of another district is
/// answered exactly like one that does not exist.
/// </summary>
public static class TasksApi
{
    public static RouteGroupBuilder MapTasksApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/tasks").WithTags("Tasks").RequireAuthorization(Policies.Staff)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/", List).WithSummary(
            "The caller's district's tasks, one page (X-Total-Count says how many match): search (name, ID number, case number), type, step, " +
            "due (Overdue, Soon, Later), claimedBy (me, nobody, a user name), sort (due, created, caseNumber, applicant, step; '-' for descending), " +
            "page, pageSize (1-200); ?mine=true for the ones they claimed, ?unassigned=true for the unclaimed. A value that cannot be read is a 400.");
        group.MapGet("/counts", Counts).WithSummary("Open tasks the caller may see and verification requests their district owes (the menu's badges).");
        group.MapGet("/steps", Steps).WithSummary("The steps the caller's open tasks wait at (activity id and title): the values of the step filter.");
        group.MapGet("/views", Views).WithSummary("The caller's saved worklist views (name and query string), by name.");
        group.MapPost("/views", SaveView).WithSummary("Saves the query string under a name (the page is not kept); the caller's view of that name is replaced.");
        group.MapDelete("/views/{viewId}", DeleteView).WithSummary("Deletes one of the caller's saved views; another user's is a 404.");
        group.MapGet("/{id}", Get);
        group.MapGet("/{id}/colleagues", Colleagues).WithSummary("Who the task can be handed to: the task's district and role, not excluded by four eyes.");
        group.MapPost("/{id}/delegate", Delegate).WithSummary("Hands the task to a colleague of its district and role with a note (on the case's journal); anyone else is a 404.");
        group.MapPost("/{id}/claim", Claim);
        group.MapPost("/{id}/release", Release);
        group.MapPost("/{id}/complete", Complete).WithSummary("A comment (the reason) is required for the outcomes the task lists in reasonRequiredFor.");
        return group;
    }

    public sealed record SaveViewRequest(string? Name, string? Query);

    public sealed record CompleteTaskRequest(string? Outcome, string? Comment, JsonObject? Data);

    /// <param name="Colleague">The colleague's user name, as <c>/colleagues</c> lists it.</param>
    public sealed record DelegateTaskRequest(string? Colleague, string? Note);

    private static async Task<Ok<IReadOnlyList<TaskView>>> List(HumanTaskStatus? status, string? role, string? district, string? instanceId, bool? mine, bool? unassigned, int? take,
        HttpContext http, WorkflowQueries queries, TimeProvider clock, CancellationToken ct)
    {
        var filter = new TaskFilter(status, role, district, instanceId, take ?? 100, mine == true ? http.User.Identity?.Name : null, unassigned);
        var worklist = WorklistQueryText.Parse(name => http.Request.Query[name].FirstOrDefault());
        // Before paging, callers asked for the first "take" tasks; they still get them.
        if (take is { } first && !http.Request.Query.ContainsKey("pageSize"))
            worklist = worklist with { PageSize = Math.Clamp(first, 1, 500) };
        var page = await queries.PageTasksAsync(filter, worklist, Caller.FromSignedIn(http.User), clock.GetUtcNow(), ct);
        http.Response.Headers["X-Total-Count"] = page.Total.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Ok(page.Rows);
    }

    private static async Task<Ok<WorklistCounts>> Counts(HttpContext http, TaskWorklist worklist, CancellationToken ct) =>
        TypedResults.Ok(await worklist.CountsAsync(Caller.FromSignedIn(http.User), ct));

    private static async Task<Ok<IReadOnlyList<WorklistStep>>> Steps(HttpContext http, TaskWorklist worklist, CancellationToken ct) =>
        TypedResults.Ok(await worklist.StepsAsync(Caller.FromSignedIn(http.User), ct));

    private static async Task<Ok<IReadOnlyList<SavedWorklistViewDto>>> Views(HttpContext http, SavedWorklistViews views, CancellationToken ct) =>
        TypedResults.Ok(await views.ListAsync(Caller.FromSignedIn(http.User), ct));

    private static async Task<Ok<SavedWorklistViewDto>> SaveView(SaveViewRequest request, HttpContext http, SavedWorklistViews views, CancellationToken ct) =>
        TypedResults.Ok(await views.SaveAsync(Caller.FromSignedIn(http.User), request.Name, request.Query, ct));

    private static async Task<NoContent> DeleteView(string viewId, HttpContext http, SavedWorklistViews views, CancellationToken ct)
    {
        await views.DeleteAsync(Caller.FromSignedIn(http.User), viewId, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<IReadOnlyList<Colleague>>> Colleagues(string id, HttpContext http, TaskDelegation delegation, CancellationToken ct) =>
        TypedResults.Ok(await delegation.CandidatesAsync(id, Caller.FromSignedIn(http.User), ct));

    private static async Task<Ok<Colleague>> Delegate(string id, DelegateTaskRequest request, HttpContext http, TaskDelegation delegation, CancellationToken ct) =>
        TypedResults.Ok(await delegation.DelegateAsync(id, request.Colleague, request.Note, Caller.FromSignedIn(http.User), ct));

    private static async Task<Ok<TaskView>> Get(string id, HttpContext http, WorkflowQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.GetTaskAsync(id, Caller.FromSignedIn(http.User), ct));

    private static async Task<NoContent> Claim(string id, HttpContext http, IWorkflowRuntime runtime, CancellationToken ct)
    {
        await runtime.ClaimTaskAsync(id, Caller.FromSignedIn(http.User), ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> Release(string id, HttpContext http, IWorkflowRuntime runtime, CancellationToken ct)
    {
        await runtime.ReleaseTaskAsync(id, Caller.FromSignedIn(http.User), ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<WorkflowInstancesApi.InstanceState>> Complete(
        string id, CompleteTaskRequest request, HttpContext http, IWorkflowRuntime runtime, CancellationToken ct)
    {
        var stimulus = new ResumeStimulus(request.Outcome, request.Data, Comment: request.Comment);
        var state = await runtime.CompleteTaskAsync(id, stimulus, Caller.FromSignedIn(http.User), ct);
        return TypedResults.Ok(WorkflowInstancesApi.InstanceState.From(state));
    }
}
