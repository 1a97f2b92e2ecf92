using Approvals.Core.Districts;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Approvals.Web.Features.Designer.Model;

public static class DesignerServiceCollectionExtensions
{
    /// <summary>The designer pages' services: the property panel factory and the district list it offers.</summary>
    public static IServiceCollection AddDesigner(this IServiceCollection services)
    {
        services.TryAddSingleton(_ => DistrictDirectory.LoadEmbedded());
        services.TryAddSingleton<PropertyPanelFactory>();
        return services;
    }
}
