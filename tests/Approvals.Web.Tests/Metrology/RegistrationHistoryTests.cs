using Approvals.Core.Registry;
using Approvals.Core.Workflow;
using Approvals.Infrastructure.Metrology.Registry;
using Approvals.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Web.Tests.Metrology;

/// <summary>An approved initial registration and an approved renewal each leave one entry in the registration's history.</summary>
public abstract class RegistrationHistoryTests<TFactory> : IClassFixture<TFactory>, IAsyncLifetime
    where TFactory : MetrologyApiFactory
{
    private const string Qingpu = "310118";
    private const string Wujiang = "320509";

    private readonly TFactory _factory;
    private readonly Cases _cases;

    protected RegistrationHistoryTests(TFactory factory)
    {
        _factory = factory;
        _cases = new Cases(factory);
    }

    public Task InitializeAsync() => _factory.SeedRegistryAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [SkippableFact]
    public async Task An_approved_initial_registration_has_one_Issued_entry_dated_the_decision_day_with_its_validity_and_case()
    {
        var (client, id, _) = await _cases.SubmitAsync(TestUser.Applicant("history-issued"),
            Cases.InitialRegistration(People.NewIdNumber(), Qingpu, level: 2, Qingpu, "JL-LOCAL-0001", name: "史青"), Cases.InitialDocuments);

        (await _cases.DecideAsync(TestUser.Reviewer("history-issuer", Qingpu), id, "review", "Approve")).EnsureSuccessStatusCode();

        var number = (await _cases.GetAsync(client, id))["summary"]!["issuedNumber"].Str();
        var registration = await _factory.DatabaseAsync(db => db.Registrations.AsNoTracking().SingleAsync(r => r.Number == number));
        var entry = Assert.Single(await HistoryAsync(number));
        Assert.Equal((RegistrationEvent.Issued, id, ZoneTime.Today(registration.IssuedAt), (string?)null), (entry.Kind, entry.ApplicationId, entry.EffectiveOn, entry.From));
        Assert.Equal(RegistrationHistoryEntry.Validity(registration.ValidFrom, registration.ValidTo), entry.To);
    }

    [SkippableFact]
    public async Task An_approved_renewal_has_one_Renewed_entry_from_the_old_validity_to_the_new_with_its_case()
    {
        var (district, name, idNumber, _, _) = DevelopmentRegistrySeed.People[2];
        var before = await _factory.DatabaseAsync(db => db.Registrations.AsNoTracking().Where(r => r.Person!.IdNumber == idNumber).SingleAsync());
        var (_, id, _) = await _cases.SubmitAsync(TestUser.Applicant("history-renewal"), Cases.Renewal(idNumber, name, district, before.Number), Cases.RenewalDocuments);

        (await _cases.DecideAsync(TestUser.Reviewer("history-renewer", Wujiang), id, "review", "Approve")).EnsureSuccessStatusCode();

        var after = await _factory.DatabaseAsync(db => db.Registrations.AsNoTracking().SingleAsync(r => r.Number == before.Number));
        // The seeded registration came with the entry of its issue; the renewal adds exactly one after it.
        var history = await HistoryAsync(before.Number);
        Assert.Equal([RegistrationEvent.Issued, RegistrationEvent.Renewed], history.OrderBy(h => h.Id).Select(h => h.Kind));
        var entry = history.OrderBy(h => h.Id).Last();
        Assert.Equal((RegistrationEvent.Renewed, id, ZoneTime.Today(after.IssuedAt)), (entry.Kind, entry.ApplicationId, entry.EffectiveOn));
        Assert.Equal((RegistrationHistoryEntry.Validity(before.ValidFrom, before.ValidTo), RegistrationHistoryEntry.Validity(after.ValidFrom, after.ValidTo)), (entry.From, entry.To));
    }

    private Task<List<RegistrationHistoryEntry>> HistoryAsync(string number) =>
        _factory.DatabaseAsync(db => db.RegistrationHistory.AsNoTracking().Where(h => h.RegistrationNumber == number).ToListAsync());
}

public sealed class SqliteRegistrationHistoryTests(MetrologyApiFactory factory) : RegistrationHistoryTests<MetrologyApiFactory>(factory);

public sealed class PostgreSqlRegistrationHistoryTests(PostgreSqlMetrologyApiFactory factory) : RegistrationHistoryTests<PostgreSqlMetrologyApiFactory>(factory);
