using Approvals.UseCases.Cases;
using Approvals.UseCases.OfficialDocuments;
using Approvals.UseCases.Documents;
using Approvals.UseCases.Instances;
using Approvals.UseCases.Registry;
using Approvals.UseCases.Verification;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.UseCases;

public static class UseCasesServiceCollectionExtensions
{
    /// <summary>
    /// The use cases the pages and endpoints call. What they need from outside (the database, the runtime, case
    /// numbers, document contents, the statutory clock, certificate PDFs) comes from <c>AddApprovalsInfrastructure</c>.
    /// </summary>
    public static IServiceCollection AddApprovalsApplication(this IServiceCollection services)
    {
        services.AddScoped<ApplicationService>();
        services.AddScoped<ApplicationPrecheck>();
        services.AddScoped<DocumentService>();
        services.AddScoped<RegistryService>();
        services.AddScoped<VerificationService>();
        services.AddScoped<OfficialDocumentIssuer>();
        services.AddScoped<OfficialDocumentService>();
        services.AddScoped<WorkflowQueries>();
        return services;
    }
}
