using Approvals.Core.Applications;
using Approvals.Core.Registry;
using Approvals.Core.Workflow;
using Approvals.Infrastructure.Persistence;
using Approvals.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.Web.Tests.Metrology;

/// <summary>
/// A registration number is taken when the issuing step commits, not while it runs: a number another writer gave
/// meanwhile (another node, an import) is passed over, and the approval gets the one after it, with no step re-run
/// and no 500. The race is made certain by facts that, once armed, write a registration with the series' next number
/// while the step is running, between its asking for a number and its commit.
/// </summary>
public sealed class RegistrationNumberCollisionTests(RegistrationNumberCollisionTests.Factory factory) : IClassFixture<RegistrationNumberCollisionTests.Factory>
{
    private const string Wujiang = "320509";
    private readonly Cases _cases = new(factory);

    public sealed class NumberTakenMeanwhile(IApplicationFacts inner, IServiceScopeFactory scopes) : IApplicationFacts
    {
        private string? _armedWith;

        public int Intrusions { get; private set; }

        /// <summary>The next step that asks for a number of a series finds <paramref name="number"/> taken before it commits.</summary>
        public void Arm(string number) => Interlocked.Exchange(ref _armedWith, number);

        public async Task<IReadOnlyList<string>> NextNumbersAsync(string series, int count, CancellationToken cancellationToken)
        {
            var numbers = await inner.NextNumbersAsync(series, count, cancellationToken);
            if (Interlocked.Exchange(ref _armedWith, null) is { } taken)
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<ApprovalsDbContext>();
                db.Persons.Add(new Person { Id = "meanwhile-p", Name = "另一节点", IdNumber = "MEANWHILE-ID" });
                db.Enterprises.Add(new Enterprise { Id = "meanwhile-e", Name = "另一节点企业", CreditCode = "MEANWHILE-CC", DistrictCode = Wujiang });
                db.Registrations.Add(new Registration
                {
                    Id = "meanwhile-r", Number = taken, Level = MetrologistLevel.Level2, PersonId = "meanwhile-p", EnterpriseId = "meanwhile-e", DistrictCode = Wujiang,
                    ValidFrom = new DateOnly(2026, 1, 1), ValidTo = new DateOnly(2030, 12, 31), Status = RegistrationStatus.Active, IssuedAt = DateTimeOffset.UtcNow,
                });
                await db.SaveChangesAsync(cancellationToken);
                Intrusions++;
            }
            return numbers;
        }

        public Task<Application?> FindApplicationAsync(string applicationId, CancellationToken cancellationToken) => inner.FindApplicationAsync(applicationId, cancellationToken);
        public Task<ApplicationCheckFacts?> LoadForCheckAsync(string applicationId, DateOnly today, CancellationToken cancellationToken) => inner.LoadForCheckAsync(applicationId, today, cancellationToken);
        public Task<ApplicationCheckFacts> GatherForCheckAsync(Application application, DateOnly today, CancellationToken cancellationToken) => inner.GatherForCheckAsync(application, today, cancellationToken);
        public Task<DecidingRecords> GatherDecidingRecordsAsync(Application application, CancellationToken cancellationToken) => inner.GatherDecidingRecordsAsync(application, cancellationToken);
        public Task<RegistryEvidence?> FindEvidenceAsync(VerificationSubject subject, string holderIdNumber, CancellationToken cancellationToken) => inner.FindEvidenceAsync(subject, holderIdNumber, cancellationToken);
        public Task<string?> FindNearNumberAsync(VerificationSubject subject, string holderIdNumber, CancellationToken cancellationToken) => inner.FindNearNumberAsync(subject, holderIdNumber, cancellationToken);
        public Task<Registration?> FindRegistrationAsync(string number, CancellationToken cancellationToken) => inner.FindRegistrationAsync(number, cancellationToken);
    }

    public sealed class Factory : MetrologyApiFactory
    {
        public NumberTakenMeanwhile Facts => Services.GetRequiredService<IApplicationFacts>() as NumberTakenMeanwhile
            ?? throw new InvalidOperationException("The facts are not decorated.");

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                var original = services.Single(d => d.ServiceType == typeof(IApplicationFacts));
                services.Remove(original);
                services.AddSingleton<IApplicationFacts>(sp => new NumberTakenMeanwhile(
                    (IApplicationFacts)ActivatorUtilities.CreateInstance(sp, original.ImplementationType!), sp.GetRequiredService<IServiceScopeFactory>()));
            });
        }
    }

    [Fact]
    public async Task A_registration_number_given_by_another_writer_while_the_step_ran_is_passed_over_at_commit()
    {
        var reviewer = TestUser.Reviewer("collision-reviewer", Wujiang);
        var (firstClient, first, _) = await _cases.SubmitAsync(TestUser.Applicant("collision-first"),
            Cases.InitialRegistration(People.NewIdNumber(), Wujiang, 2, Wujiang, "JL-COL-1"), Cases.InitialDocuments);
        var (secondClient, second, _) = await _cases.SubmitAsync(TestUser.Applicant("collision-second"),
            Cases.InitialRegistration(People.NewIdNumber(), Wujiang, 2, Wujiang, "JL-COL-2"), Cases.InitialDocuments);
        (await _cases.DecideAsync(reviewer, first, "review", "Approve")).EnsureSuccessStatusCode();
        var firstNumber = RegistrationNumber.Parse((await _cases.GetAsync(firstClient, first))["summary"]!["issuedNumber"].Str());
        var takenMeanwhile = RegistrationNumber.ForRegistration(MetrologistLevel.Level2, Wujiang, firstNumber.Year, firstNumber.Sequence + 1).ToString();

        factory.Facts.Arm(takenMeanwhile);
        var decided = await _cases.DecideAsync(reviewer, second, "review", "Approve");

        decided.EnsureSuccessStatusCode();
        Assert.Equal(1, factory.Facts.Intrusions);
        var secondNumber = (await _cases.GetAsync(secondClient, second))["summary"]!["issuedNumber"].Str();
        Assert.Equal(firstNumber.Sequence + 2, RegistrationNumber.Parse(secondNumber).Sequence);
        var registry = await factory.DatabaseAsync(db => db.Registrations.AsNoTracking()
            .Where(r => r.Number == firstNumber.ToString() || r.Number == takenMeanwhile || r.Number == secondNumber).Select(r => r.Number).ToListAsync());
        Assert.Equal(3, registry.Count);
        // Nothing the step wrote kept its stand-in: the instance's variables, its journal and the mail name the number.
        var standIn = firstNumber.Series + "X";
        Assert.Equal(0, await factory.DatabaseAsync(db => db.Outbox.CountAsync(m => m.PayloadJson.Contains(standIn))));
        Assert.Equal(0, await factory.DatabaseAsync(db => db.WorkflowInstances.CountAsync(i => i.StateJson.Contains(standIn))));
        Assert.Equal(0, await factory.DatabaseAsync(db => db.Journal.CountAsync(j => j.Message != null && j.Message.Contains(standIn))));
    }
}
