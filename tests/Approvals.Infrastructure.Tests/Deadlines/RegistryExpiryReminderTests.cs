using Approvals.Core.Registry;
using Approvals.Infrastructure.Deadlines.Recurring;
using Approvals.Infrastructure.Outbox;
using Approvals.Infrastructure.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using static Approvals.Infrastructure.Tests.Calendar.TestCalendar;

namespace Approvals.Infrastructure.Tests.Deadlines;

/// <summary>
/// The expiry reminders over the real registry tables: registrations seeded 90, 60 and 30 days from expiry reach
/// their holders as .eml files in the pickup folder, in each holder's language; others get nothing.
/// </summary>
public sealed class RegistryExpiryReminderTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private static readonly DateOnly Today = new(2026, 3, 2);
    private readonly FakeTimeProvider _clock = new(Shanghai(2026, 3, 2, 10, 0)); // a Monday
    private readonly OutboxClaims _claims = new();

    [Fact]
    public async Task Holders_of_registrations_ending_in_90_60_and_30_days_get_their_reminder_in_the_pickup_folder()
    {
        await using var target = DatabaseTarget.Sqlite();
        await using var host = await RuntimeHost.StartAsync(target, hangfireServer: true, _clock, services => services.AddSingleton<IInterceptor>(_claims));
        await host.DatabaseAsync(db =>
        {
            db.Enterprises.Add(new Enterprise { Id = "E1", Name = "示范区计量有限公司", CreditCode = "91310118MA1JL0000X", DistrictCode = "310118" });
            Seed(db, "1", "张九十", "zh-CN", Today.AddDays(90), RegistrationStatus.Active, "holder1@example.cn");
            Seed(db, "2", "Li Sixty", "en", Today.AddDays(60), RegistrationStatus.Active, "holder2@example.cn");
            Seed(db, "3", "王三十", "zh-CN", Today.AddDays(30), RegistrationStatus.Active, "holder3@example.cn");
            Seed(db, "4", "赵注销", "zh-CN", Today.AddDays(30), RegistrationStatus.Cancelled, "holder4@example.cn");
            Seed(db, "5", "钱无邮", "zh-CN", Today.AddDays(60), RegistrationStatus.Active, null);
            Seed(db, "6", "孙远期", "zh-CN", Today.AddDays(200), RegistrationStatus.Active, "holder6@example.cn");
            return db.SaveChangesAsync();
        });

        await host.InScopeAsync(async sp => { await sp.GetRequiredService<ExpiryReminderJob>().RunAsync(default); return 0; });
        var queued = await host.DatabaseAsync(db => db.Outbox.AsNoTracking().Where(o => o.Kind == OutboxKinds.Email).Select(o => o.Id).ToListAsync());
        await Task.WhenAll(queued.Select(_claims.WhenDoneAsync)).WaitAsync(Patience);

        var messages = new List<MimeMessage>();
        foreach (var file in Directory.GetFiles(Path.Combine(target.Folder, "data", "mail-pickup"), "*.eml"))
            messages.Add(await MimeMessage.LoadAsync(file));
        Assert.Equal(["holder1@example.cn", "holder2@example.cn", "holder3@example.cn"],
            messages.Select(m => Assert.IsType<MailboxAddress>(Assert.Single(m.To)).Address).Order(StringComparer.Ordinal));
        var english = messages.Single(m => m.To.Mailboxes.Single().Address == "holder2@example.cn");
        Assert.Contains("CSJ-TEST-2", english.TextBody, StringComparison.Ordinal);
        Assert.Contains("60", english.TextBody, StringComparison.Ordinal);
        Assert.Contains(RuntimeHost.PublicBaseUrl + "applications/new?type=renewal", english.TextBody, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\p{IsCJKUnifiedIdeographs}", english.Subject);
        var chinese = messages.Single(m => m.To.Mailboxes.Single().Address == "holder3@example.cn");
        Assert.Contains("CSJ-TEST-3", chinese.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("还有 30 天", chinese.TextBody, StringComparison.Ordinal);
    }

    private static void Seed(Persistence.ApprovalsDbContext db, string n, string name, string culture, DateOnly validTo, RegistrationStatus status, string? email)
    {
        db.Persons.Add(new Person { Id = "P" + n, Name = name, IdNumber = "ID-" + n, Email = email, Culture = culture });
        db.Registrations.Add(new Registration
        {
            Id = "R" + n, Number = "CSJ-TEST-" + n, PersonId = "P" + n, EnterpriseId = "E1", DistrictCode = "310118",
            Level = MetrologistLevel.Level2, ValidFrom = validTo.AddYears(-5).AddDays(1), ValidTo = validTo, Status = status,
        });
    }
}
