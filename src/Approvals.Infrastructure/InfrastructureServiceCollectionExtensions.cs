using Approvals.Infrastructure.Health;
using Approvals.Infrastructure.Observability;
using Approvals.Infrastructure.Audit;
using Approvals.Infrastructure.Calendar;
using Approvals.Infrastructure.Deadlines;
using Approvals.Infrastructure.Identity;
using Approvals.Infrastructure.Jobs;
using Approvals.Infrastructure.Links;
using Approvals.Infrastructure.Mail;
using Approvals.Infrastructure.Metrology;
using Approvals.Infrastructure.OfficialDocuments;
using Approvals.Infrastructure.Outbox;
using Approvals.Infrastructure.Persistence;
using Approvals.Infrastructure.Workflows;
using Approvals.Infrastructure.Workflows.Commit;
using Approvals.Infrastructure.Workflows.Publication;
using Approvals.Infrastructure.Workflows.Shipped;
using Approvals.UseCases.Audit;
using Approvals.UseCases.Data;
using Approvals.UseCases.Definitions;
using Approvals.UseCases.Instances;
using Approvals.UseCases.Outbox;
using Approvals.UseCases.Publications;
using Approvals.UseCases.People;
using Approvals.Workflows.Options;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Approvals.Infrastructure;

public static class InfrastructureServiceCollectionExtensions
{
    /// <summary>
    /// The engine's persisted runtime, the database (SQLite or PostgreSQL, migrated at start-up), the outbox, Hangfire,
    /// mail, the calendar, and what the use cases need from outside. The host also adds the engine
    /// (<c>AddApprovalsEngine</c>), the domain (<c>AddMetrology</c>) and the use cases (<c>AddApprovalsApplication</c>). Hosted services run in this order: migrate, publish <c>workflows/</c>, sweep the outbox.
    /// </summary>
    public static IServiceCollection AddApprovalsInfrastructure(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddOptions<WorkflowEngineOptions>().Bind(configuration.GetSection(WorkflowEngineOptions.SectionName));
        services.AddOptions<PublicationApprovalOptions>().Bind(configuration.GetSection(PublicationApprovalOptions.SectionName)).ValidateOnStart();
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.SectionName)).ValidateOnStart();
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<HangfireOptions>().Bind(configuration.GetSection(HangfireOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();

        var provider = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>()?.Provider ?? DatabaseProvider.Sqlite;
        services.AddApprovalsDatabase(configuration, provider, contentRoot);
        services.AddSharedDataProtection();

        services.AddMetrologyInfrastructure(configuration, contentRoot);

        services.AddSingleton<CompiledWorkflowCache>();
        services.AddSingleton<StepWriter>();
        services.AddSingleton<StepCommitter>();
        services.AddSingleton<StepLoadQueries>();
        services.AddScoped<WorkflowDefinitionService>();
        services.AddScoped<IWorkflowDefinitions>(sp => sp.GetRequiredService<WorkflowDefinitionService>());
        services.AddScoped<IDefinitionDrafts>(sp => sp.GetRequiredService<WorkflowDefinitionService>());
        services.AddScoped<IDefinitionPublications, DefinitionPublications>();
        services.AddScoped<ShippedDefinitionImporter>();
        services.AddScoped<WorkflowRuntime>();
        services.AddScoped<IWorkflowRuntime>(sp => sp.GetRequiredService<WorkflowRuntime>());
        services.AddScoped<IApprovalsDbContext>(sp => sp.GetRequiredService<ApprovalsDbContext>());
        services.AddScoped<IUserDisplayNames, UserDisplayNames>();
        services.AddScoped<IColleagues, Colleagues>();
        services.AddScoped<IUserAdministration, UserAdministration>();
        services.AddScoped<Approvals.UseCases.Employers.IStaffAccounts, StaffAccounts>();

        services.AddScoped<OutboxDispatcher>();
        services.AddSingleton<OutboxHandOver>();
        services.AddScoped<OutboxProcessor>();
        services.AddSingleton<OutboxQueueProgress>();
        services.AddScoped<FailedMailAlert>();
        services.AddScoped<IOutboxAdministration, OutboxAdministration>();
        services.AddScoped<IAuditChainVerifier, AuditChainVerifier>();
        services.AddSingleton<UseCases.Statistics.IStatisticsExport, Statistics.StatisticsExport>();
        services.AddSingleton<Statistics.StatisticsReportPdf>();
        services.AddScoped<Statistics.MonthlyStatisticsReportJob>();
        services.AddScoped<IOutboxHandler, TimerOutboxHandler>();
        services.AddScoped<IOutboxHandler, EmailOutboxHandler>();
        services.AddEmail(configuration);
        services.AddPublicLinks(configuration);
        services.AddWorkingDayCalendar(configuration);
        services.AddDeadlines(configuration);
        services.AddScoped<OutboxJob>();
        services.AddScoped<IJobQueue, HangfireJobQueue>();
        services.AddApprovalsHangfire(configuration, provider, contentRoot);

        // Stopped after every other hosted service but the migrator: what their last steps committed is handed over.
        services.Insert(0, ServiceDescriptor.Singleton<IHostedService>(sp => sp.GetRequiredService<OutboxHandOver>()));
        // Started before every other hosted service, whoever registered it earlier: data protection's own reads the key
        // ring (a table) at start, and the seeders, Hangfire's server and the due-row dispatcher need the tables too.
        services.Insert(0, ServiceDescriptor.Singleton<IHostedService, DatabaseMigrator>());
        services.AddHostedService<WorkflowFolderPublisher>();
        services.AddDevelopmentRegistrySeed();
        services.AddHostedService<MissingDocumentBackfiller>();
        services.AddHostedService<StatutoryDueDateBackfiller>();
        services.AddHostedService<OutboxSweeper>();
        services.AddSingleton<Workflows.Commit.ActivityTallyFolder>();
        services.AddHostedService(provider => provider.GetRequiredService<Workflows.Commit.ActivityTallyFolder>());
        services.AddReadinessChecks();
        services.AddMetrics();
        services.AddSingleton<ApprovalsMetrics>();
        return services;
    }

    private static void AddApprovalsDatabase(this IServiceCollection services, IConfiguration configuration, DatabaseProvider provider, string contentRoot)
    {
        var connectionString = configuration.GetConnectionString("Approvals");
        if (provider == DatabaseProvider.PostgreSql)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
                throw new InvalidOperationException("Database:Provider is PostgreSql but ConnectionStrings:Approvals is empty.");
            services.AddDbContextPool<ApprovalsDbContext, PostgreSqlApprovalsDbContext>((sp, o) =>
                o.UseNpgsql(PostgreSqlConnectionTuning.Apply(connectionString)).AddInterceptors(sp.GetServices<IInterceptor>()));
        }
        else
        {
            var resolved = SqliteConnectionString.Resolve(connectionString ?? "Data Source=data/approvals.db", contentRoot);
            services.AddSingleton<SqliteGroupCommit>();
            services.AddDbContextPool<ApprovalsDbContext, SqliteApprovalsDbContext>((sp, o) =>
                o.UseSqlite(resolved).AddInterceptors([new SqliteConnectionTuning(), .. sp.GetServices<IInterceptor>()]));
        }
    }
}
