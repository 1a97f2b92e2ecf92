using Approvals.Infrastructure.Outbox;
using Approvals.Infrastructure.Persistence;
using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.Storage.SQLite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.Infrastructure.Jobs;

internal static class HangfireRegistration
{
    /// <summary>Hangfire storage follows the database: a SQLite file beside it, or the same PostgreSQL database.</summary>
    public static IServiceCollection AddApprovalsHangfire(this IServiceCollection services, IConfiguration configuration, DatabaseProvider provider, string contentRoot)
    {
        var options = configuration.GetSection(HangfireOptions.SectionName).Get<HangfireOptions>() ?? new HangfireOptions();
        // The PostgreSQL storage installs its schema when it is made: under the schema lock, so nodes starting together take turns.
        // Storage and job activator are DI singletons, not Hangfire's globals (JobStorage.Current, JobActivator.Current), so that two hosts in one
        // process (tests) never hand jobs to each other's storage. AddHangfire only adds what is missing.
        services.AddSingleton<JobStorage>(_ => provider == DatabaseProvider.PostgreSql
            ? PostgreSqlSchemaLock.Run(PostgreSqlConnectionString(configuration), () => new PostgreSqlStorage(new NpgsqlConnectionFactory(PostgreSqlConnectionString(configuration), new PostgreSqlStorageOptions()), new PostgreSqlStorageOptions
            {
                QueuePollInterval = options.QueuePollInterval,
                PrepareSchemaIfNecessary = true,
                SchemaName = "hangfire",
            }))
            : new SQLiteStorage(SqliteHangfirePath(configuration, contentRoot), new SQLiteStorageOptions
            {
                QueuePollInterval = options.QueuePollInterval,
            }));
        services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire(config => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        if (options.ServerEnabled)
        {
            services.AddHangfireServer(server =>
            {
                server.SchedulePollingInterval = options.SchedulePollingInterval;
                server.WorkerCount = options.WorkerCount;
            });
            // Due timers run from our own rows the moment they are due; their Hangfire jobs are the backstop.
            services.AddHostedService<DueRowDispatcher>();
        }
        return services;
    }

    private static string PostgreSqlConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString("Approvals") ?? throw new InvalidOperationException("ConnectionStrings:Approvals is required for PostgreSQL.");

    private static string SqliteHangfirePath(IConfiguration configuration, string contentRoot)
    {
        var configured = configuration.GetConnectionString("Hangfire");
        var path = string.IsNullOrWhiteSpace(configured) ? Path.Combine("data", "hangfire.db") : configured;
        if (!Path.IsPathRooted(path))
            path = Path.Combine(contentRoot, path);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }
}
