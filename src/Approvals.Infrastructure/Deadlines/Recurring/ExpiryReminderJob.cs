using System.Globalization;
using System.Text.Json.Nodes;
using Approvals.Infrastructure.Calendar;
using Approvals.Infrastructure.Links;
using Approvals.Infrastructure.Mail;
using Approvals.Infrastructure.Recipients;
using Hangfire;
using Microsoft.Extensions.Options;

namespace Approvals.Infrastructure.Deadlines.Recurring;

/// <summary>
/// Daily: reminds each holder whose registration ends in 90, 60 or 30 days, pointing to renewal. One mail per
/// registration and threshold, whatever the number of runs (deduplication key); a day missed is caught up.
/// </summary>
public sealed class ExpiryReminderJob(
    IExpiringRegistrations registrations,
    TemplatedMailOutbox mail,
    CalendarZone zone,
    PublicLinks links,
    IOptions<RecurringJobSettings> options)
{
    public const string Id = "expiry-reminders";

    [AutomaticRetry(Attempts = 3)]
    [JobDisplayName("Registration expiry reminders")]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var today = zone.Today;
        foreach (var days in settings.ExpiryReminderDays.Distinct().OrderDescending())
        {
            var last = today.AddDays(days);
            var found = await registrations.ExpiringBetweenAsync(last.AddDays(-settings.ExpiryCatchUpDays), last, cancellationToken);
            foreach (var registration in found.Where(r => r.ValidUntil > today.AddDays(NextThreshold(settings, days))))
            {
                var holder = new MailRecipient(registration.HolderName, registration.HolderEmail, registration.HolderName, registration.HolderCulture ?? MailTemplates.DefaultCulture);
                var model = new JsonObject
                {
                    ["holder"] = new JsonObject { ["name"] = registration.HolderName },
                    ["registration"] = new JsonObject
                    {
                        ["number"] = registration.RegistrationNumber,
                        ["validUntil"] = registration.ValidUntil.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    },
                    ["reminder"] = new JsonObject { ["daysLeft"] = registration.ValidUntil.DayNumber - today.DayNumber },
                    ["renewal"] = new JsonObject { ["url"] = links.To(settings.RenewalUrl).AbsoluteUri },
                };
                await mail.AddOnceAsync($"expiry:{registration.RegistrationNumber}:{registration.ValidUntil:yyyyMMdd}:{days}", holder, "expiry-reminder", model, registration.RegistrationNumber, cancellationToken);
            }
        }
        await mail.SaveAndDispatchAsync(cancellationToken);
    }

    // A catch-up never sends the 90-day reminder to a registration already inside the 60-day one.
    private static int NextThreshold(RecurringJobSettings settings, int days) =>
        settings.ExpiryReminderDays.Where(d => d < days).DefaultIfEmpty(-1).Max();
}
