using Approvals.Core;
using Approvals.Core.Documents;
using Approvals.Core.Settings;
using Approvals.Core.Workflow;
using Approvals.Infrastructure.Deadlines.Recurring;
using Approvals.Infrastructure.Metrology.Applications;
using Approvals.Infrastructure.Metrology.Certificates;
using Approvals.Infrastructure.Metrology.Documents;
using Approvals.Infrastructure.Metrology.Effects;
using Approvals.Infrastructure.Metrology.Registry;
using Approvals.Infrastructure.Metrology.Verification;
using Approvals.Infrastructure.Workflows;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Approvals.Infrastructure.Metrology;

internal static class MetrologyInfrastructureExtensions
{
    /// <summary>The domain's activities, what they read, the effect handlers that write for them, and the case services.</summary>
    public static IServiceCollection AddMetrology(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddMetrologyDomain();
        services.AddOptions<MetrologyOptions>().Bind(configuration.GetSection(MetrologyOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DocumentOptions>().Bind(configuration.GetSection(DocumentOptions.SectionName));
        services.AddOptions<DocumentStorageOptions>().Bind(configuration.GetSection(DocumentOptions.SectionName));

        services.AddSingleton<IApplicationFacts, EfApplicationFacts>();
        services.AddSingleton<IStepEffectHandler, ApplicationStatusEffectHandler>();
        services.AddSingleton<IStepEffectHandler, ApplicationFindingsEffectHandler>();
        services.AddSingleton<IStepEffectHandler, VerificationRequestedEffectHandler>();
        services.AddSingleton<IStepEffectHandler, RegistryReadsEffectHandler>();
        services.AddSingleton<IStepEffectHandler, RegistrationIssuedEffectHandler>();
        services.AddSingleton<IStepEffectHandler, RecognitionIssuedEffectHandler>();
        services.AddSingleton<IStepEffectHandler, VerificationRoundCloser>();

        services.AddSingleton<IDocumentStore>(sp =>
        {
            var folder = sp.GetRequiredService<IOptions<DocumentStorageOptions>>().Value.StorageFolder;
            return new FileSystemDocumentStore(Path.IsPathRooted(folder) ? folder : Path.Combine(contentRoot, folder));
        });
        services.AddScoped<ApplicationService>();
        services.AddScoped<ApplicationPrecheck>();
        services.AddScoped<CaseNumbers>();
        services.AddScoped<DocumentService>();
        services.AddScoped<DocumentContents>();
        services.AddScoped<DocumentContentSweepJob>();
        services.AddScoped<RegistryService>();
        services.AddScoped<VerificationService>();
        services.AddScoped<CertificateService>();
        services.AddScoped<IExpiringRegistrations, RegistryExpiringRegistrations>();
        return services;
    }

    /// <summary>Runs after the migrator.</summary>
    public static IServiceCollection AddDevelopmentRegistrySeed(this IServiceCollection services) =>
        services.AddHostedService<DevelopmentRegistrySeeder>();
}
