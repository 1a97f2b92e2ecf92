using Approvals.Core.Access;
using Approvals.Text;
using Approvals.Web.Api;
using Approvals.Web.Authorization;
using Approvals.Web.Localization;
using Approvals.Workflows.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Approvals.UseCases.Definitions;
using Approvals.UseCases.Instances;

namespace Approvals.Web.Features.Designer.Api;

public static class WorkflowDefinitionsApi
{
    private static readonly LocalizedText DefinitionTooLarge = Texts.Text(Texts.WorkflowDefinitionsApi_DefinitionMayBeAtMostMB, RequestBody.MaxDefinitionBytes / (1024 * 1024));

    public static RouteGroupBuilder MapWorkflowDefinitionsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/workflow-definitions").WithTags("Workflow definitions").RequireAuthorization(Policies.Regulator)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/", List);
        group.MapGet("/{definitionId}", Get).WithSummary("The latest version, or ?version=N; ?format=elsa downloads it as Elsa 3 workflow JSON.");
        group.MapGet("/{definitionId}/versions", Versions);
        group.MapGet("/{definitionId}/versions/{version:int}/activity-counts", CountByActivity)
            .WithSummary("Per activity of the version: instances of the caller's district waiting there now and instances that passed through it (the diagram's heatmap).");
        group.MapPost("/", SaveDraft).WithSummary("Saves the JSON (ours or Elsa 3's, told apart by shape) as the draft; ?allowInvalid=true keeps an unfinished draft and lists its problems.")
            .Accepts<object>("application/json");
        group.MapPost("/validate", Validate).Accepts<object>("application/json");
        group.MapGet("/export", Export).WithSummary("The current published versions as a zip of workflows/ files, one {definitionId}.json each.")
            .Produces(StatusCodes.Status200OK, contentType: "application/zip");
        group.MapPost("/{definitionId}/publish", Publish).WithSummary("Publishes alone: only procedures that need no second regulator (else 403: request publication).")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapDelete("/{definitionId}/draft", DiscardDraft).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPublicationRequestsApi();
        return group;
    }

    public sealed record SavedDefinition(string DefinitionId, int Version, bool IsPublished, IReadOnlyList<DefinitionProblem> Problems);

    /// <param name="Warnings">Problems that do not block publishing: due dates adding up to more than the statutory limit, literals that look like expressions.</param>
    public sealed record ValidationResult(bool Valid, IReadOnlyList<DefinitionProblem> Errors, IReadOnlyList<DefinitionProblem> Warnings);

    private static async Task<Ok<IReadOnlyList<DefinitionSummary>>> List(IWorkflowDefinitions definitions, CancellationToken ct) =>
        TypedResults.Ok(await definitions.ListAsync(ct));

    private static async Task<Results<ContentHttpResult, FileContentHttpResult>> Get(
        string definitionId, int? version, string? format, IWorkflowDefinitions definitions, CancellationToken ct)
    {
        if (format is not null && !string.Equals(format, DefinitionInterchange.ElsaFormat, StringComparison.OrdinalIgnoreCase))
            throw new InvalidRefusal(Texts.Text(Texts.WorkflowDefinitionsApi_FormatMayOnlyBeElsa, format, DefinitionInterchange.ElsaFormat));
        var row = await definitions.GetAsync(definitionId, version, ct);
        if (format is null)
            return TypedResults.Text(row.Json, "application/json");
        var elsa = DefinitionInterchange.ToElsa(IWorkflowDefinitions.Parse(row));
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(elsa), "application/json", $"{row.DefinitionId}-v{row.Version}.elsa.json");
    }

    private static async Task<Ok<IReadOnlyList<DefinitionVersionInfo>>> Versions(string definitionId, IWorkflowDefinitions definitions, CancellationToken ct) =>
        TypedResults.Ok(await definitions.VersionsAsync(definitionId, ct));

    private static async Task<Ok<IReadOnlyList<ActivityCount>>> CountByActivity(
        string definitionId, int version, HttpContext http, IWorkflowDefinitions definitions, ActivityCounts counts, CancellationToken ct)
    {
        // An unknown version answers 404 rather than an empty map that would read as "nobody there".
        await definitions.GetAsync(definitionId, version, ct);
        return TypedResults.Ok(await counts.CountAsync(definitionId, version, Caller.FromSignedIn(http.User), ct));
    }

    private static async Task<Created<SavedDefinition>> SaveDraft(
        HttpRequest request, [FromQuery] bool? allowInvalid, IDefinitionDrafts definitions, CancellationToken ct)
    {
        var json = await RequestBody.ReadTextAsync(request, ct);
        if (json is null)
            throw new InvalidRefusal(DefinitionTooLarge);
        var problems = definitions.Validate(json);
        if (problems.Count > 0 && allowInvalid != true)
            throw new DefinitionValidationException(problems);
        var (saved, remaining) = await definitions.SaveDraftAsync(json, ct);
        return TypedResults.Created($"/api/workflow-definitions/{saved.DefinitionId}?version={saved.Version}",
            new SavedDefinition(saved.DefinitionId, saved.Version, saved.IsPublished, DefinitionProblem.From(remaining)));
    }

    private static async Task<Ok<ValidationResult>> Validate(
        HttpRequest request, IDefinitionDrafts definitions, DefinitionWarnings definitionWarnings, CancellationToken ct)
    {
        var json = await RequestBody.ReadTextAsync(request, ct);
        if (json is null)
            throw new InvalidRefusal(DefinitionTooLarge);
        var errors = definitions.Validate(json);
        var warnings = DefinitionInterchange.TryToApprovals(json).Json is { } ours ? definitionWarnings.Of(ours) : [];
        return TypedResults.Ok(new ValidationResult(errors.Count == 0, DefinitionProblem.From(errors), DefinitionProblem.From(warnings)));
    }

    private static async Task<Ok<DefinitionVersionInfo>> Publish(string definitionId, int? version, HttpContext http, IDefinitionDrafts definitions, CancellationToken ct) =>
        TypedResults.Ok(DefinitionVersionInfo.Of(await definitions.PublishAsync(definitionId, version, Caller.FromSignedIn(http.User), ct)));

    private static async Task<FileContentHttpResult> Export(PublishedDefinitionExport export, TimeProvider clock, CancellationToken ct)
    {
        using var zip = new MemoryStream();
        await export.WriteZipAsync(zip, ct);
        return TypedResults.File(zip.ToArray(), "application/zip", PublishedDefinitionExport.FileName(clock.GetUtcNow(), SupportedCultures.DisplayTimeZone));
    }

    private static async Task<NoContent> DiscardDraft(string definitionId, IDefinitionDrafts definitions, CancellationToken ct)
    {
        await definitions.DiscardDraftAsync(definitionId, ct);
        return TypedResults.NoContent();
    }
}
