using Approvals.Text;
using Approvals.Web.Authorization;
using Approvals.Web.Components.Shared;
using Approvals.Web.Hosting;
using Approvals.Web.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Approvals.UseCases.Registry;

namespace Approvals.Web.Endpoints;

/// <summary>
/// The shared registry: <c>/api/registry/records</c> for reviewers (every read recorded) and the public check
/// <c>/api/registry/check</c>, rate limited per client address.
/// </summary>
public static class RegistryApi
{
    public static RouteGroupBuilder MapRegistryApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/registry").WithTags("Registry")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/records", Search).RequireAuthorization(Policies.Reviewer);
        group.MapGet("/check", Check).AllowAnonymous().RequireRateLimiting(RegistryCheckRateLimit.PolicyName).ProducesProblem(StatusCodes.Status429TooManyRequests);
        return group;
    }

    private static async Task<Ok<IReadOnlyList<RegistryRecordView>>> Search(string? number, string? idNumber, ICallerContext callers, RegistryService registry, CancellationToken ct) =>
        TypedResults.Ok(await registry.SearchAsync(callers.Require(), number, idNumber, ct));

    private static async Task<Results<Ok<PublicCheckResult>, ProblemHttpResult, ValidationProblem>> Check(string? number, string? name, RegistryService registry, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(number) || number.Length > 64)
            errors["number"] = [new LocalizedText("请填写证书编号或注册编号，例如 CSJ-R2-310118-2026-000001。", "number is required: the certificate or registration number, e.g. CSJ-R2-310118-2026-000001.").Local()];
        if (string.IsNullOrWhiteSpace(name) || name.Length > 100)
            errors["name"] = [new LocalizedText("请填写持证人姓名（与证书上一致）。", "name is required: the holder's name as printed on the certificate.").Local()];
        if (errors.Count > 0)
            return ApiProblems.InvalidFields(errors);
        var result = await registry.CheckAsync(number!, name!, ct);
        return result is null
            ? ApiProblems.NotFound(new("未查到与该编号和姓名相符的记录。", "No record matches this number and name."))
            : TypedResults.Ok(result);
    }
}
