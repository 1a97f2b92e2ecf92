using Approvals.UseCases.Mail;
using Approvals.Workflows.Contracts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Approvals.Infrastructure.Mail;

public static class MailServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates (at start) the "Smtp" section and registers <see cref="IEmailSender"/>: the SMTP sender
    /// when <c>Smtp:Host</c> is set, otherwise the pickup folder (<c>Smtp:PickupFolder</c> under the content root); and the
    /// shipped templates, as the engine checks them and as the designer offers them (<see cref="IMailTemplates"/>).
    /// </summary>
    public static IServiceCollection AddEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SmtpOptions>()
            .Bind(configuration.GetSection(SmtpOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SmtpOptions>, SmtpOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.Replace(ServiceDescriptor.Singleton<IMailTemplateCatalog, ShippedMailTemplates>());
        services.TryAddSingleton<IMailTemplates, ShippedMailTemplates>();
        services.TryAddSingleton<MimeMessageFactory>();
        services.TryAddSingleton<SmtpEmailSender>();
        services.TryAddSingleton(provider => new PickupFolderEmailSender(
            Path.Combine(
                provider.GetRequiredService<IHostEnvironment>().ContentRootPath,
                provider.GetRequiredService<IOptions<SmtpOptions>>().Value.PickupFolder),
            provider.GetRequiredService<MimeMessageFactory>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<PickupFolderEmailSender>>()));
        services.TryAddSingleton<IEmailSender>(provider =>
            provider.GetRequiredService<IOptions<SmtpOptions>>().Value.UsesPickupFolder
                ? provider.GetRequiredService<PickupFolderEmailSender>()
                : provider.GetRequiredService<SmtpEmailSender>());
        return services;
    }
}
