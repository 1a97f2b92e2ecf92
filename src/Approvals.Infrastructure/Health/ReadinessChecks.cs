namespace Approvals.Infrastructure.Health;

/// <summary>The names readiness reports each check under (the JSON body of <c>/health/ready</c>); tag <see cref="Ready"/> selects them.</summary>
public static class ReadinessChecks
{
    public const string Ready = "ready";
    public const string Database = "database";
    public const string HangfireStorage = "hangfire-storage";
    public const string MailTransport = "mail-transport";
    public const string Outbox = "outbox";
    public const string Calendar = "calendar";
}
