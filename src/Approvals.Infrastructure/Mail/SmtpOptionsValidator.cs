using Microsoft.Extensions.Options;
using MimeKit;

namespace Approvals.Infrastructure.Mail;

/// <summary>Rejects mail settings at start, so that a typo is not discovered by the first applicant waiting for mail.</summary>
public sealed class SmtpOptionsValidator : IValidateOptions<SmtpOptions>
{
    public ValidateOptionsResult Validate(string? name, SmtpOptions options)
    {
        var failures = new List<string>();
        if (options.Port is < 1 or > 65535)
            failures.Add($"Smtp:Port {options.Port} is not between 1 and 65535.");
        if (!Enum.IsDefined(options.Security))
            failures.Add($"Smtp:Security '{options.Security}' is not one of {string.Join(", ", Enum.GetNames<SmtpSecurity>())}.");
        if (!MailboxAddress.TryParse(options.From, out var from))
            failures.Add($"Smtp:From '{options.From}' is not a mailbox such as 'Platform Name <noreply@example.cn>'.");
        else if (string.IsNullOrWhiteSpace(from.Name))
            failures.Add($"Smtp:From '{options.From}' has no sender name: write the platform's name before the address, such as 'Platform Name <noreply@example.cn>'.");
        if (options.Timeout <= TimeSpan.Zero)
            failures.Add($"Smtp:Timeout {options.Timeout} must be positive.");
        if (options.UsesPickupFolder && string.IsNullOrWhiteSpace(options.PickupFolder))
            failures.Add("Smtp:PickupFolder must be set when Smtp:Host is empty.");
        if (string.IsNullOrEmpty(options.User) && !string.IsNullOrEmpty(options.Password))
            failures.Add("Smtp:Password is set but Smtp:User is empty.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
