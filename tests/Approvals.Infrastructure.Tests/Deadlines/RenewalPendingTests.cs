using Approvals.Core.Applications;
using Approvals.Core.Registry;
using Approvals.Infrastructure.Deadlines.Recurring;
using Approvals.Infrastructure.Metrology.Registry;
using Approvals.Infrastructure.Persistence;
using Approvals.Infrastructure.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static Approvals.Infrastructure.Tests.Calendar.TestCalendar;
using Approvals.Core.Access;
using Approvals.UseCases.Registry;

namespace Approvals.Infrastructure.Tests.Deadlines;

/// <summary>
/// 行政许可法 art. 50: a renewal filed before the registration ended and still undecided keeps it valid past its end
/// date; the public check and the reviewers' registry view say so, and nobody is reminded to renew it again.
/// </summary>
public sealed class RenewalPendingTests
{
    private static readonly DateOnly Expiry = new(2026, 3, 2);
    private readonly FakeTimeProvider _clock = new(Shanghai(2026, 2, 2, 10, 0));

    private async Task<RuntimeHost> StartWithRegistrationAsync(DatabaseTarget target, string holder)
    {
        var host = await RuntimeHost.StartAsync(target, clock: _clock);
        await host.DatabaseAsync(db =>
        {
            db.Enterprises.Add(new Enterprise { Id = "E1", Name = "示范区计量有限公司", CreditCode = "91310118MA1JL0000X", DistrictCode = "310118" });
            db.Persons.Add(new Person { Id = "P1", Name = holder, IdNumber = "ID-1", Email = "holder@example.cn", Culture = "zh-CN" });
            db.Registrations.Add(new Registration
            {
                Id = "R1", Number = "CSJ-R2-310118-2021-000001", PersonId = "P1", EnterpriseId = "E1", DistrictCode = "310118",
                Level = MetrologistLevel.Level2, ValidFrom = Expiry.AddYears(-5).AddDays(1), ValidTo = Expiry, Status = RegistrationStatus.Active,
            });
            return db.SaveChangesAsync();
        });
        return host;
    }

    private static Task FileRenewalAsync(RuntimeHost host, DateTimeOffset submittedAt, ApplicationStatus status = ApplicationStatus.InReview) =>
        host.DatabaseAsync(db =>
        {
            db.Applications.Add(new Application
            {
                Id = "A-" + submittedAt.Ticks, ApplicantUserId = "holder", ApplicantEmail = "holder@example.cn", Type = ApplicationType.Renewal,
                Status = status, RegistrationNumber = "CSJ-R2-310118-2021-000001", CreatedAt = submittedAt, UpdatedAt = submittedAt, SubmittedAt = submittedAt,
            });
            return db.SaveChangesAsync();
        });

    private static Task SetRenewalStatusAsync(RuntimeHost host, ApplicationStatus status) =>
        // The procedure's decision, as it lands in the table (the case changes status only through its own procedure).
        host.DatabaseAsync(db => db.Applications.Where(a => a.Type == ApplicationType.Renewal)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, status)));

    private static Task<PublicCheckResult?> CheckAsync(RuntimeHost host) =>
        host.InScopeAsync(sp => sp.GetRequiredService<RegistryService>().CheckAsync("csj-r2-310118-2021-000001", "李延续", default));

    [Fact]
    public async Task A_renewal_filed_in_time_and_undecided_past_the_expiry_keeps_the_registration_valid_in_the_public_check_and_the_registry()
    {
        await using var target = DatabaseTarget.Sqlite();
        await using var host = await StartWithRegistrationAsync(target, "李延续");
        await FileRenewalAsync(host, Shanghai(2026, 2, 2, 10, 0));
        _clock.SetUtcNow(Shanghai(2026, 3, 20, 10, 0));

        var check = await CheckAsync(host);
        var record = Assert.Single(await host.InScopeAsync(sp => sp.GetRequiredService<RegistryService>().SearchAsync(
            new Core.Access.Caller("qp-reviewer", "qp-reviewer", "qp@bureau.test", new HashSet<string> { Core.Access.ApprovalsRoles.Reviewer }, "310118"), "CSJ-R2-310118-2021-000001", null, default)));

        Assert.NotNull(check);
        Assert.Equal((true, true, RegistrationStatus.Active), (check.Valid, check.RenewalPending, check.Status));
        Assert.Equal("有效（延续注册审查中，《行政许可法》第五十条）", check.StatusText.ZhCn);
        Assert.Equal("valid — renewal pending (art. 50)", check.StatusText.En);
        Assert.Equal((true, true), (record.Validity!.Valid, record.Validity.RenewalPending));
    }

    [Theory]
    [InlineData(ApplicationStatus.Rejected, false, "expired")]
    [InlineData(ApplicationStatus.Withdrawn, false, "expired")]
    [InlineData(ApplicationStatus.AwaitingCorrections, true, "valid — renewal pending (art. 50)")]
    public async Task Once_the_renewal_is_decided_or_withdrawn_the_registration_follows_it(ApplicationStatus decided, bool valid, string text)
    {
        await using var target = DatabaseTarget.Sqlite();
        await using var host = await StartWithRegistrationAsync(target, "李延续");
        await FileRenewalAsync(host, Shanghai(2026, 2, 2, 10, 0));
        _clock.SetUtcNow(Shanghai(2026, 3, 20, 10, 0));

        await SetRenewalStatusAsync(host, decided);
        var check = await CheckAsync(host);

        Assert.Equal((valid, text), (check!.Valid, check.StatusText.En));
    }

    [Fact]
    public async Task A_renewal_filed_after_the_expiry_does_not_revive_the_registration()
    {
        await using var target = DatabaseTarget.Sqlite();
        await using var host = await StartWithRegistrationAsync(target, "李延续");
        await FileRenewalAsync(host, Shanghai(2026, 3, 5, 10, 0));
        _clock.SetUtcNow(Shanghai(2026, 3, 20, 10, 0));

        var check = await CheckAsync(host);

        Assert.Equal((false, false, RegistrationStatus.Expired, "已过期"), (check!.Valid, check.RenewalPending, check.Status, check.StatusText.ZhCn));
    }

    [Fact]
    public async Task A_holder_whose_renewal_is_pending_is_not_reminded_to_renew()
    {
        await using var target = DatabaseTarget.Sqlite();
        await using var host = await StartWithRegistrationAsync(target, "李延续");
        var window = (Expiry.AddDays(-40), Expiry);

        var before = await host.InScopeAsync(sp => sp.GetRequiredService<IExpiringRegistrations>().ExpiringBetweenAsync(window.Item1, window.Item2, default));
        await FileRenewalAsync(host, Shanghai(2026, 2, 2, 10, 0), ApplicationStatus.Submitted);
        var after = await host.InScopeAsync(sp => sp.GetRequiredService<IExpiringRegistrations>().ExpiringBetweenAsync(window.Item1, window.Item2, default));

        Assert.Single(before);
        Assert.Empty(after);
    }
}
