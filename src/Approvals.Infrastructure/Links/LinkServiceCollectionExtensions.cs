using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Approvals.Infrastructure.Links;

public static class LinkServiceCollectionExtensions
{
    /// <summary>Binds and validates (at start) <c>App:PublicBaseUrl</c> and registers <see cref="PublicLinks"/>.</summary>
    public static IServiceCollection AddPublicLinks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PublicLinkOptions>().Bind(configuration.GetSection(PublicLinkOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PublicLinkOptions>, PublicLinkOptionsValidator>());
        services.TryAddSingleton<PublicLinks>();
        return services;
    }
}
