using Approvals.Web.Authorization;
using Approvals.Workflows.Registry;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Approvals.Web.Features.Designer.Api;

public static class ActivitiesApi
{
    public static IEndpointRouteBuilder MapActivitiesApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGroup("/api/activities").WithTags("Activities").RequireAuthorization(Policies.Regulator).MapGet("/", List)
            .WithSummary("The activity types a definition may use, as the designer's palette shows them.");
        return routes;
    }

    private static Ok<IEnumerable<ActivityDescriptor>> List(ActivityRegistry registry) => TypedResults.Ok(registry.Descriptors);
}
