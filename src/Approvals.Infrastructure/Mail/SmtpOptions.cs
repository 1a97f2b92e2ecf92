namespace Approvals.Infrastructure.Mail;

/// <summary>
/// Settings of outgoing mail, bound from the "Smtp" section. <see cref="User"/> and <see cref="Password"/> come
/// from environment variables (<c>Smtp__Password</c>) or user secrets, never from appsettings.json.
/// </summary>
public sealed class SmtpOptions
{
    public const string SectionName = "Smtp";

    /// <summary>SMTP server; when empty, mail is written as .eml files to <see cref="PickupFolder"/>.</summary>
    public string Host { get; set; } = "";

    public int Port { get; set; } = 25;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.None;

    /// <summary>Account to authenticate with; no authentication when empty.</summary>
    public string User { get; set; } = "";

    public string Password { get; set; } = "";

    /// <summary>Sender mailbox with the platform's name people see (appsettings.json: the zone's platform name in Chinese); a bare address is refused at start.</summary>
    public string From { get; set; } = "Approvals <noreply@approvals.local>";

    /// <summary>Folder for .eml files when no host is set, relative to the content root.</summary>
    public string PickupFolder { get; set; } = "data/mail-pickup";

    /// <summary>Limit for each network operation (connect, authenticate, send).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public bool UsesPickupFolder => string.IsNullOrWhiteSpace(Host);
}
