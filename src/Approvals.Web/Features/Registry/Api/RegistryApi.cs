using Approvals.Text;
using Approvals.Web.Authorization;
using Approvals.Web.Api;
using Approvals.Web.Localization;
using Approvals.Web.Hosting;
using Approvals.Web.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Approvals.UseCases.Registry;

namespace Approvals.Web.Features.Registry.Api;

/// <summary>
/// The shared registry: <c>/api/registry/records</c> for reviewers, <c>/api/registry/people</c> (search) and the files of a
/// person or enterprise for reviewers and regulators (every read recorded), and the public check <c>/api/registry/check</c>,
/// rate limited per client address together with the <c>/check</c> page.
/// </summary>
public static class RegistryApi
{
    public static RouteGroupBuilder MapRegistryApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/registry").WithTags("Registry")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/records", Search).RequireAuthorization(Policies.Reviewer);
        group.MapGet("/people", FindPeople).RequireAuthorization(Policies.Staff);
        group.MapGet("/people/{id}", Person).RequireAuthorization(Policies.Staff);
        group.MapPut("/people/{id}/email", RecordEmail).RequireAuthorization(Policies.Staff);
        group.MapGet("/enterprises/{id}", Enterprise).RequireAuthorization(Policies.Staff);
        group.MapGet("/check", Check).AllowAnonymous().RequireRegistryCheckLimit();
        return group;
    }

    private static async Task<Ok<IReadOnlyList<RegistryRecordView>>> Search(string? number, string? idNumber, ICallerContext callers, RegistryService registry, CancellationToken ct) =>
        TypedResults.Ok(await registry.SearchAsync(callers.Require(), number, idNumber, ct));

    /// <summary>People and enterprises matching a name, ID number, record number, credit code or enterprise name.</summary>
    private static async Task<Ok<RegistryMatches>> FindPeople(string? query, ICallerContext callers, RegistryLookup lookup, CancellationToken ct) =>
        TypedResults.Ok(await lookup.FindAsync(callers.Require(), query, ct));

    private static async Task<Ok<PersonFile>> Person(string id, ICallerContext callers, RegistryLookup lookup, CancellationToken ct) =>
        TypedResults.Ok(await lookup.PersonAsync(callers.Require(), id, ct));

    /// <summary>Records or corrects the person's e-mail, where the bureau's notices to them as a holder go (on the registry-writes chain).</summary>
    private static async Task<Ok<HolderEmailForm>> RecordEmail(string id, HolderEmailForm form, ICallerContext callers, HolderEmails emails, CancellationToken ct) =>
        TypedResults.Ok(new HolderEmailForm(await emails.RecordAsync(callers.Require(), id, form.Email, ct)));

    private static async Task<Ok<EnterpriseFile>> Enterprise(string id, ICallerContext callers, RegistryLookup lookup, CancellationToken ct) =>
        TypedResults.Ok(await lookup.EnterpriseAsync(callers.Require(), id, ct));

    private static async Task<Ok<PublicCheckResult>> Check(string? number, string? name, RegistryService registry, CancellationToken ct)
    {
        var errors = new Dictionary<string, IReadOnlyList<LocalizedText>>();
        if (string.IsNullOrWhiteSpace(number) || number.Length > 64)
            errors["number"] = [Texts.Text(Texts.RegistryApi_NumberIsRequiredCertificateOrRegistration)];
        if (string.IsNullOrWhiteSpace(name) || name.Length > 100)
            errors["name"] = [Texts.Text(Texts.RegistryApi_NameIsRequiredHolderSName)];
        if (errors.Count > 0)
            throw new InvalidFieldsRefusal(errors);
        var result = await registry.CheckAsync(number!, name!, ct);
        return result is null
            ? throw new NotFoundRefusal(Texts.Text(Texts.RegistryApi_NoRecordMatchesThisNumberAnd))
            : TypedResults.Ok(result);
    }
}
