using Microsoft.EntityFrameworkCore.Diagnostics;
using Approvals.UseCases.Cases;
using Approvals.UseCases.OfficialDocuments;
using Approvals.UseCases.Documents;
using Approvals.Core.Documents;
using Approvals.Core.Settings;
using Approvals.Core.Workflow;
using Approvals.Infrastructure.Deadlines.Recurring;
using Approvals.Infrastructure.Metrology.Applications;
using Approvals.Infrastructure.OfficialDocuments;
using Approvals.Infrastructure.Metrology.Documents;
using Approvals.Infrastructure.Metrology.Effects;
using Approvals.Infrastructure.Metrology.Registry;
using Approvals.Infrastructure.Metrology.Verification;
using Approvals.Infrastructure.Workflows;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Approvals.UseCases.Registry;
using Approvals.UseCases.Verification;

using Approvals.Infrastructure.Workflows.Commit;

namespace Approvals.Infrastructure.Metrology;

internal static class MetrologyInfrastructureExtensions
{
    /// <summary>What the domain's activities read, the effect handlers that write for them, and what the case services need from outside.</summary>
    public static IServiceCollection AddMetrologyInfrastructure(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddOptions<MetrologyOptions>().Bind(configuration.GetSection(MetrologyOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DocumentOptions>().Bind(configuration.GetSection(DocumentOptions.SectionName));
        services.AddOptions<DocumentStorageOptions>().Bind(configuration.GetSection(DocumentOptions.SectionName));
        services.AddOptions<UseCases.Registry.Import.RegistryImportOptions>().Bind(configuration.GetSection(UseCases.Registry.Import.RegistryImportOptions.Section));
        services.AddSingleton<UseCases.Registry.Import.IRegistryImportFiles, Registry.Import.RegistryImportFiles>();

        services.AddSingleton<IApplicationFacts, EfApplicationFacts>();
        services.AddSingleton<IStepEffectHandler, ApplicationStatusEffectHandler>();
        // After the status handler: it copies the decision the case has just reached.
        services.AddSingleton<IStepEffectHandler, EmployerDecisionCopyEffectHandler>();
        services.AddSingleton<IStepEffectHandler, ApplicationFindingsEffectHandler>();
        services.AddSingleton<IStepEffectHandler, VerificationRequestedEffectHandler>();
        services.AddSingleton<IStepEffectHandler, RegistryReadsEffectHandler>();
        services.AddSingleton<IStepEffectHandler, RegistrationIssuedEffectHandler>();
        services.AddSingleton<IStepEffectHandler, RecognitionIssuedEffectHandler>();
        services.AddSingleton<IStepEffectHandler, RegistrationChangedEffectHandler>();
        services.AddSingleton<IStepEffectHandler, RegistrationEndedEffectHandler>();
        services.AddSingleton<IStepEffectHandler, VerificationRoundCloser>();
        // After every effect's own handler: the documents of the step's changes of status, numbered as they commit.
        services.AddSingleton<IStepEffectHandler, StepDocumentsEffectHandler>();
        services.AddSingleton<IInterceptor, DocumentNumbering>();

        services.AddSingleton<IDocumentStore>(sp =>
        {
            var folder = sp.GetRequiredService<IOptions<DocumentStorageOptions>>().Value.StorageFolder;
            return new FileSystemDocumentStore(Path.IsPathRooted(folder) ? folder : Path.Combine(contentRoot, folder));
        });
        services.AddSingleton<CaseNumbers>();
        services.AddSingleton<ICaseNumbers>(sp => sp.GetRequiredService<CaseNumbers>());
        services.AddSingleton<ICommitTimeValues>(sp => sp.GetRequiredService<CaseNumbers>());
        // Taken in this order: persons, the series, employers. A commit that held its new employer's lock while it queued
        // for the series made every other commit adding that employer wait behind the whole series queue, one after the
        // other (approvals of a new employer waited 15-20 s with 50 reviewers on PostgreSQL); a person's lock is shared
        // only by two cases of one person, and taking it first keeps its read out of the series' turn. One global order,
        // so no two commits wait on each other.
        services.AddSingleton<ICommitTimeValues>(RegistryPartiesAtCommit.Persons());
        services.AddSingleton<ICommitTimeValues, RegistryNumberStandIns>();
        services.AddSingleton<ICommitTimeValues>(RegistryPartiesAtCommit.Employers());
        services.AddScoped<DocumentContents>();
        services.AddScoped<IDocumentContents>(sp => sp.GetRequiredService<DocumentContents>());
        services.AddScoped<DocumentContentSweepJob>();
        services.AddOptions<DocumentFontOptions>().Bind(configuration.GetSection(DocumentFontOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DocumentFontOptions>, DocumentFontOptionsValidator>());
        services.AddSingleton<IOfficialDocumentPdf, OfficialDocumentPdf>();
        services.AddScoped<IExpiringRegistrations, RegistryExpiringRegistrations>();
        return services;
    }

    /// <summary>Runs after the migrator.</summary>
    public static IServiceCollection AddDevelopmentRegistrySeed(this IServiceCollection services) =>
        services.AddHostedService<DevelopmentRegistrySeeder>();
}
