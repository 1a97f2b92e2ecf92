using Approvals.Web.Authorization;
using Approvals.Infrastructure.Workflows;
using Approvals.Workflows.Registry;
using Approvals.Workflows.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Approvals.Web.Endpoints;

public static class WorkflowDefinitionsApi
{
    private static readonly LocalizedText DefinitionTooLarge = new(
        $"流程定义文件不能超过 {RequestBody.MaxDefinitionBytes / (1024 * 1024)} MB。", $"A definition may be at most {RequestBody.MaxDefinitionBytes / (1024 * 1024)} MB.");

    public static RouteGroupBuilder MapWorkflowDefinitionsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/workflow-definitions").WithTags("Workflow definitions").RequireAuthorization(Policies.Regulator)
            .AddEndpointFilter<WorkflowProblemFilter>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/", List);
        group.MapGet("/{definitionId}", Get).WithSummary("The latest version, or ?version=N.");
        group.MapGet("/{definitionId}/versions", Versions);
        group.MapPost("/", SaveDraft).WithSummary("Saves the JSON as the draft; ?allowInvalid=true keeps an unfinished draft and lists its problems.")
            .Accepts<object>("application/json");
        group.MapPost("/validate", Validate).Accepts<object>("application/json");
        group.MapPost("/{definitionId}/publish", Publish).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapDelete("/{definitionId}/draft", DiscardDraft);
        return group;
    }

    public sealed record SavedDefinition(string DefinitionId, int Version, bool IsPublished, IReadOnlyList<DefinitionProblem> Problems);

    public sealed record ValidationResult(bool Valid, IReadOnlyList<DefinitionProblem> Errors);

    private static async Task<Ok<IReadOnlyList<DefinitionSummary>>> List(WorkflowDefinitionService definitions, CancellationToken ct) =>
        TypedResults.Ok(await definitions.ListAsync(ct));

    private static async Task<ContentHttpResult> Get(string definitionId, int? version, WorkflowDefinitionService definitions, CancellationToken ct)
    {
        var row = await definitions.GetAsync(definitionId, version, ct);
        return TypedResults.Text(row.Json, "application/json");
    }

    private static async Task<Ok<IReadOnlyList<DefinitionVersionInfo>>> Versions(string definitionId, WorkflowDefinitionService definitions, CancellationToken ct) =>
        TypedResults.Ok(await definitions.VersionsAsync(definitionId, ct));

    private static async Task<Results<Created<SavedDefinition>, ProblemHttpResult>> SaveDraft(
        HttpRequest request, [FromQuery] bool? allowInvalid, WorkflowDefinitionService definitions, CancellationToken ct)
    {
        var json = await RequestBody.ReadTextAsync(request, ct);
        if (json is null)
            return ApiProblems.BadRequest(DefinitionTooLarge);
        var problems = definitions.Validate(json);
        if (problems.Count > 0 && allowInvalid != true)
            return ApiProblems.Invalid(problems);
        var (saved, remaining) = await definitions.SaveDraftAsync(json, ct);
        return TypedResults.Created($"/api/workflow-definitions/{saved.DefinitionId}?version={saved.Version}",
            new SavedDefinition(saved.DefinitionId, saved.Version, saved.IsPublished, DefinitionProblem.From(remaining)));
    }

    private static async Task<Results<Ok<ValidationResult>, ProblemHttpResult>> Validate(HttpRequest request, WorkflowDefinitionService definitions, CancellationToken ct)
    {
        var json = await RequestBody.ReadTextAsync(request, ct);
        if (json is null)
            return ApiProblems.BadRequest(DefinitionTooLarge);
        var errors = definitions.Validate(json);
        return TypedResults.Ok(new ValidationResult(errors.Count == 0, DefinitionProblem.From(errors)));
    }

    private static async Task<Ok<DefinitionVersionInfo>> Publish(string definitionId, int? version, WorkflowDefinitionService definitions, CancellationToken ct)
    {
        var published = await definitions.PublishAsync(definitionId, version, ct);
        return TypedResults.Ok(new DefinitionVersionInfo(published.DefinitionId, published.Version, published.Name, published.IsPublished,
            published.IsCurrent, published.IsLatest, published.CreatedAt, published.PublishedAt));
    }

    private static async Task<NoContent> DiscardDraft(string definitionId, WorkflowDefinitionService definitions, CancellationToken ct)
    {
        await definitions.DiscardDraftAsync(definitionId, ct);
        return TypedResults.NoContent();
    }
}
