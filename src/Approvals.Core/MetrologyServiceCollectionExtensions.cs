using Approvals.Core.Activities;
using Approvals.Core.Districts;
using Approvals.Core.Documents;
using Approvals.Workflows.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Approvals.Core;

public static class MetrologyServiceCollectionExtensions
{
    /// <summary>
    /// The metrology domain: the zone's districts, upload inspection, and the domain activities registered into
    /// the engine's registry. The host provides <see cref="Workflow.IApplicationFacts"/> and binds
    /// <see cref="Settings.MetrologyOptions"/> and <see cref="DocumentOptions"/>.
    /// </summary>
    public static IServiceCollection AddMetrology(this IServiceCollection services)
    {
        services.TryAddSingleton(_ => DistrictDirectory.LoadEmbedded());
        services.TryAddSingleton<UploadInspector>();
        services.AddOptions<Settings.MetrologyOptions>();
        services.AddOptions<DocumentOptions>();
        services.TryAddSingleton<Applications.AutomaticCheck>();
        services.TryAddSingleton<Registry.Import.RegistryImportValidator>();
        services.AddSingleton<IActivity, DocumentCheckActivity>();
        services.AddSingleton<IActivity, RequestCorrectionsActivity>();
        services.AddSingleton<IActivity, CrossDistrictVerificationActivity>();
        services.AddSingleton<IActivity, IssueRegistrationActivity>();
        services.AddSingleton<IActivity, IssueRecognitionActivity>();
        services.AddSingleton<IActivity, ChangeRegistrationActivity>();
        services.AddSingleton<IActivity, AwaitStatementActivity>();
        services.AddSingleton<IActivity, EndRegistrationActivity>();
        return services;
    }
}
