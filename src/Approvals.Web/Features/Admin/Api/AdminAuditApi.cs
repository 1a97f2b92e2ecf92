using Approvals.Text;
using Approvals.Web.Api;
using Approvals.Web.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Approvals.UseCases.Audit;

namespace Approvals.Web.Features.Admin.Api;

/// <summary>
/// Verifies the audit chains (an instance's journal and decisions, the registry writes, the registry reads, or all
/// of them a page of instances at a time) and names the first entry that does not match. Administrators only: the
/// executive committee's regulators read the records themselves, not the proof that nobody rewrote them.
/// </summary>
public static class AdminAuditApi
{
    public const string Instance = "instance";
    public const string All = "all";
    private static readonly string[] Chains = [Instance, AuditChains.RegistryWrites, AuditChains.RegistryReads, All];

    public static RouteGroupBuilder MapAdminAuditApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/admin/audit").WithTags("Administration").RequireAuthorization(Policies.Administrator)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/verify", Verify).WithSummary(
            "Verifies ?chain=instance&instanceId=…, registry-writes, registry-reads, or all (?after=…&take=… pages through the instances).");
        return group;
    }

    private static async Task<Ok<AuditVerificationPage>> Verify(
        string? chain, string? instanceId, string? after, int? take, IAuditChainVerifier verifier, CancellationToken ct)
    {
        switch (chain)
        {
            case Instance when !string.IsNullOrWhiteSpace(instanceId):
                return One(await verifier.VerifyInstanceAsync(instanceId, ct));
            case Instance:
                throw new InvalidRefusal(Texts.Text(Texts.AdminAuditApi_NameInstanceToVerifyWithInstanceId));
            case AuditChains.RegistryWrites:
                return One(await verifier.VerifyRegistryWritesAsync(ct));
            case AuditChains.RegistryReads:
                return One(await verifier.VerifyRegistryReadsAsync(ct));
            case All:
                return TypedResults.Ok(await verifier.VerifyAllAsync(after, take ?? 50, ct));
            default:
                throw new InvalidRefusal(Texts.Text(Texts.AdminAuditApi_ChainIsUnknownUseOneOf, chain, string.Join("、", Chains), string.Join(", ", Chains)));
        }
    }

    private static Ok<AuditVerificationPage> One(AuditChainReport report) => TypedResults.Ok(new AuditVerificationPage([report], null));
}
