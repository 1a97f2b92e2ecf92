using Approvals.UseCases.Cases;
using Approvals.UseCases.Definitions;
using Approvals.UseCases.OfficialDocuments;
using Approvals.UseCases.Documents;
using Approvals.UseCases.Instances;
using Approvals.UseCases.Publications;
using Approvals.UseCases.Registry;
using Approvals.UseCases.Registry.Import;
using Approvals.UseCases.Tasks;
using Approvals.UseCases.Verification;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Approvals.UseCases;

public static class UseCasesServiceCollectionExtensions
{
    /// <summary>
    /// The use cases the pages and endpoints call. What they need from outside (the database, the runtime, case
    /// numbers, document contents, the statutory clock, certificate PDFs, saving and publishing definitions; the settings
    /// they read, such as <see cref="PublicationApprovalOptions"/>, bound from configuration) comes from <c>AddApprovalsInfrastructure</c>.
    /// </summary>
    public static IServiceCollection AddApprovalsApplication(this IServiceCollection services)
    {
        services.AddScoped<ApplicationService>();
        services.AddScoped<Employers.EmployerFilingService>();
        services.AddScoped<ApplicationPrecheck>();
        services.AddScoped<DocumentService>();
        services.AddScoped<DraftDeletion>();
        services.AddScoped<Endings.RegistrationEndingService>();
        services.AddScoped<RegistryService>();
        services.AddScoped<RegistryImportService>();
        services.AddSingleton<RegistryImportReading>();
        services.AddScoped<RegistryLookup>();
        services.AddScoped<HolderEmails>();
        services.AddScoped<VerificationService>();
        services.AddScoped<MissingDocumentBackfill>();
        services.AddSingleton<StepDocuments>();
        services.AddScoped<OfficialDocumentService>();
        services.AddScoped<WorkflowQueries>();
        services.AddScoped<ActivityCounts>();
        services.AddScoped<TaskDelegation>();
        services.AddScoped<TaskWorklist>();
        services.AddScoped<SavedWorklistViews>();
        services.AddSingleton<StatutoryLimitCheck>();
        services.AddSingleton<DefinitionWarnings>();
        services.AddScoped<ShippedDefinitionNotices>();
        services.AddScoped<PublishedDefinitionExport>();
        services.AddScoped<PublicationPolicy>();
        services.AddScoped<Statistics.StatisticsQueries>();
        services.AddSingleton<Statistics.StatisticsTables>();
        services.AddSingleton<IValidateOptions<PublicationApprovalOptions>, PublicationApprovalOptionsValidator>();
        return services;
    }
}
