using Approvals.Infrastructure.Mail;
using Approvals.Infrastructure.Tests.Calendar;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Approvals.Infrastructure.Tests.Mail;

public sealed class MailRegistrationTests : IDisposable
{
    private readonly TemporaryFolder _contentRoot = new();

    public void Dispose() => _contentRoot.Dispose();

    [Fact]
    public async Task Without_a_host_mail_is_written_to_the_pickup_folder_under_the_content_root()
    {
        using var host = BuildHost(new() { ["Smtp:Host"] = "", ["Smtp:PickupFolder"] = "data/mail-pickup" });
        await host.StartAsync();

        await host.Services.GetRequiredService<IEmailSender>().SendAsync(TestEmails.Approved(), CancellationToken.None);

        var file = Assert.Single(Directory.GetFiles(Path.Combine(_contentRoot.Path, "data", "mail-pickup"), "*.eml"));
        Assert.Equal("审批通过", (await MimeMessage.LoadAsync(file)).Subject);
        await host.StopAsync();
    }

    [Fact]
    public void With_a_host_mail_goes_through_SMTP()
    {
        using var host = BuildHost(new() { ["Smtp:Host"] = "smtp.example.cn", ["Smtp:Port"] = "587", ["Smtp:Security"] = "StartTls" });

        Assert.IsType<SmtpEmailSender>(host.Services.GetRequiredService<IEmailSender>());
        Assert.Equal(SmtpSecurity.StartTls, host.Services.GetRequiredService<IOptions<SmtpOptions>>().Value.Security);
    }

    [Fact]
    public async Task Settings_that_cannot_send_mail_stop_the_start_with_every_problem_listed()
    {
        using var host = BuildHost(new()
        {
            ["Smtp:Host"] = "smtp.example.cn",
            ["Smtp:Port"] = "70000",
            ["Smtp:From"] = "not a mailbox",
            ["Smtp:Password"] = "secret",
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Equal(
            [
                "Smtp:Port 70000 is not between 1 and 65535.",
                "Smtp:From 'not a mailbox' is not a mailbox such as 'Platform Name <noreply@example.cn>'.",
                "Smtp:Password is set but Smtp:User is empty.",
            ],
            error.Failures);
    }

    [Fact]
    public async Task A_sender_address_without_the_platform_name_stops_the_start()
    {
        using var host = BuildHost(new() { ["Smtp:From"] = "noreply@example.cn" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("has no sender name", Assert.Single(error.Failures), StringComparison.Ordinal);
    }

    private IHost BuildHost(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = _contentRoot.Path });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddLogging();
        builder.Services.AddEmail(builder.Configuration);
        return builder.Build();
    }
}
