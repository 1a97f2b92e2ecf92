using Approvals.Infrastructure.Deadlines.Recurring;
using Approvals.Infrastructure.Mail;
using Approvals.Infrastructure.Outbox;
using Approvals.Infrastructure.Recipients;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Approvals.UseCases.Instances;

namespace Approvals.Infrastructure.Deadlines;

public static class DeadlineServiceCollectionExtensions
{
    /// <summary>
    /// Reminders and escalations of bookmarks with a time limit, the statutory clock of an application, and where
    /// their mail goes, and the daily digest and expiry reminders (Hangfire recurring jobs, registered at start;
    /// the domain replaces <see cref="IExpiringRegistrations"/> by registering its own before this call): an
    /// <see cref="IRecipientDirectory"/> registered before this call is kept, otherwise mail goes to the users
    /// (<see cref="IdentityRecipientDirectory"/>) and the extra mailboxes of the "Recipients" section.
    /// </summary>
    public static IServiceCollection AddDeadlines(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RecipientDirectoryOptions>().Bind(configuration.GetSection(RecipientDirectoryOptions.SectionName));
        services.AddSingleton<ConfiguredRecipientDirectory>();
        services.TryAddSingleton<IRecipientDirectory, IdentityRecipientDirectory>();
        services.AddOptions<StatutoryLimitOptions>().Bind(configuration.GetSection(StatutoryLimitOptions.SectionName));
        services.AddSingleton<StatutoryClockReading>();
        services.AddSingleton<StatutoryDueDate>();
        services.AddScoped<StatutoryDueDateBackfill>();
        services.AddScoped<StatutoryClock>();
        services.AddScoped<IStatutoryClock>(sp => sp.GetRequiredService<StatutoryClock>());
        services.AddScoped<StatutoryLimitExtension>();
        services.AddScoped<IStatutoryLimitExtension>(sp => sp.GetRequiredService<StatutoryLimitExtension>());
        services.AddSingleton<DeadlinePlan>();
        services.AddSingleton<DeadlineScheduler>();
        services.AddScoped<TemplatedMailOutbox>();
        services.AddScoped<IOutboxHandler, ReminderOutboxHandler>();
        services.AddScoped<IOutboxHandler, EscalationOutboxHandler>();

        services.AddOptions<RecurringJobSettings>().Bind(configuration.GetSection(RecurringJobSettings.SectionName));
        services.TryAddScoped<IExpiringRegistrations, NoExpiringRegistrations>();
        services.AddScoped<OverdueDigestJob>();
        services.AddScoped<ExpiryReminderJob>();
        services.AddHostedService<RecurringJobRegistrar>();
        return services;
    }
}
