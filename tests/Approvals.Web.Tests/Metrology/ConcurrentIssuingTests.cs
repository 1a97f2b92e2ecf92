using System.Diagnostics.Metrics;
using System.Net;
using Approvals.Core.Registry;
using Approvals.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.Web.Tests.Metrology;

/// <summary>
/// Reviewers approving many cases of the same series at once: every approval succeeds with the next number, the numbers
/// are consecutive, and no step had to be re-run for a number another step took meanwhile (each takes its number when
/// it commits, one commit of the series after the other, instead of colliding at the unique index; with 50 reviewers,
/// collisions ran out of attempts and answered 500). The cases are all of one employer new to the registry: each step
/// adds it while it runs, and the commits after the first find it and name it instead of re-running for its credit code.
/// </summary>
public abstract class ConcurrentIssuingTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : MetrologyApiFactory
{
    private const string Wujiang = "320509";
    private const int CasesAtOnce = 6;

    private readonly Cases _cases = new(factory);

    [SkippableFact]
    public async Task Cases_of_one_series_approved_at_once_get_consecutive_numbers_without_a_step_re_run_for_a_taken_number()
    {
        factory.EnsureAvailable();
        var submitted = new List<(HttpClient Client, string Id)>();
        for (var i = 0; i < CasesAtOnce; i++)
        {
            var (client, id, _) = await _cases.SubmitAsync(TestUser.Applicant($"issuing-{i}"),
                Cases.InitialRegistration(People.NewIdNumber(), Wujiang, 2, Wujiang, $"JL-ISS-{i}"), Cases.InitialDocuments);
            submitted.Add((client, id));
        }
        using var retries = new UniqueValueRetries(factory.Services.GetRequiredService<IMeterFactory>());

        var decided = await Task.WhenAll(submitted.Select((c, i) => _cases.DecideAsync(TestUser.Reviewer($"issuing-reviewer-{i}", Wujiang), c.Id, "review", "Approve")));

        Assert.All(decided, d => Assert.Equal(HttpStatusCode.OK, d.StatusCode));
        var sequences = new List<int>();
        foreach (var (client, id) in submitted)
            sequences.Add(RegistrationNumber.Parse((await _cases.GetAsync(client, id))["summary"]!["issuedNumber"].Str()).Sequence);
        sequences.Sort();
        Assert.Equal(Enumerable.Range(sequences[0], CasesAtOnce), sequences);
        Assert.Equal(0, retries.Count);
        var employer = People.CreditCode(Wujiang);
        var enterprises = await factory.DatabaseAsync(db => db.Enterprises.Where(e => e.CreditCode == employer).ToListAsync());
        var enterprise = Assert.Single(enterprises);
        // The commits that found it wrote what their cases say of it, as finding it while the step ran would have.
        Assert.Equal(("示范区测试计量有限公司", Wujiang), (enterprise.Name, enterprise.DistrictCode));
        Assert.Equal(CasesAtOnce, await factory.DatabaseAsync(db => db.Registrations.CountAsync(r => r.EnterpriseId == enterprise.Id && r.Number.StartsWith("CSJ-R2-320509-"))));
    }

    /// <summary>Counts the steps of this host re-run because a unique value (a registry number) was taken meanwhile.</summary>
    private sealed class UniqueValueRetries : IDisposable
    {
        private readonly MeterListener _listener = new();
        private int _count;

        public UniqueValueRetries(IMeterFactory host)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Scope == host && instrument.Name == "approvals.engine.commit.retries")
                    listener.EnableMeasurementEvents(instrument);
            };
            _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
            {
                foreach (var tag in tags)
                    if (tag is { Key: "reason", Value: "unique-value" })
                        Interlocked.Add(ref _count, (int)value);
            });
            _listener.Start();
        }

        public int Count => Volatile.Read(ref _count);

        public void Dispose() => _listener.Dispose();
    }
}

public sealed class SqliteConcurrentIssuingTests(MetrologyApiFactory factory) : ConcurrentIssuingTests<MetrologyApiFactory>(factory);

public sealed class PostgreSqlConcurrentIssuingTests(PostgreSqlMetrologyApiFactory factory) : ConcurrentIssuingTests<PostgreSqlMetrologyApiFactory>(factory);
