using Approvals.Core.Applications;
using Approvals.Core.Registry;
using Approvals.Core.Workflow;
using Approvals.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.Web.Tests.Metrology;

/// <summary>
/// Two cases issued at once compute the same next registration number; the unique index refuses the second, whose
/// step is then re-run and takes the next number instead of failing with a 500. The race is made certain by facts
/// that, once armed, answer one sequence request with the sequence just used (what a concurrent issuer would have seen).
/// </summary>
public sealed class RegistrationNumberCollisionTests(RegistrationNumberCollisionTests.Factory factory) : IClassFixture<RegistrationNumberCollisionTests.Factory>
{
    private const string Wujiang = "320509";
    private readonly Cases _cases = new(factory);

    public sealed class StaleSequenceOnce(IApplicationFacts inner) : IApplicationFacts
    {
        private int _armed;

        public int StaleAnswers { get; private set; }

        public void Arm() => Interlocked.Exchange(ref _armed, 1);

        public async Task<int> NextSequenceAsync(string prefix, CancellationToken cancellationToken)
        {
            var next = await inner.NextSequenceAsync(prefix, cancellationToken);
            if (Interlocked.Exchange(ref _armed, 0) == 0)
                return next;
            StaleAnswers++;
            return next - 1;
        }

        public Task<Application?> FindApplicationAsync(string applicationId, CancellationToken cancellationToken) => inner.FindApplicationAsync(applicationId, cancellationToken);
        public Task<ApplicationCheckFacts?> LoadForCheckAsync(string applicationId, DateOnly today, CancellationToken cancellationToken) => inner.LoadForCheckAsync(applicationId, today, cancellationToken);
        public Task<ApplicationCheckFacts> GatherForCheckAsync(Application application, DateOnly today, CancellationToken cancellationToken) => inner.GatherForCheckAsync(application, today, cancellationToken);
        public Task<RegistryEvidence?> FindEvidenceAsync(VerificationSubject subject, string holderIdNumber, CancellationToken cancellationToken) => inner.FindEvidenceAsync(subject, holderIdNumber, cancellationToken);
        public Task<string?> FindNearNumberAsync(VerificationSubject subject, string holderIdNumber, CancellationToken cancellationToken) => inner.FindNearNumberAsync(subject, holderIdNumber, cancellationToken);
        public Task<Registration?> FindRegistrationAsync(string number, CancellationToken cancellationToken) => inner.FindRegistrationAsync(number, cancellationToken);
    }

    public sealed class Factory : MetrologyApiFactory
    {
        public StaleSequenceOnce Facts => Services.GetRequiredService<IApplicationFacts>() as StaleSequenceOnce
            ?? throw new InvalidOperationException("The facts are not decorated.");

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                var original = services.Single(d => d.ServiceType == typeof(IApplicationFacts));
                services.Remove(original);
                services.AddSingleton<IApplicationFacts>(sp => new StaleSequenceOnce((IApplicationFacts)ActivatorUtilities.CreateInstance(sp, original.ImplementationType!)));
            });
        }
    }

    [Fact]
    public async Task A_registration_number_taken_meanwhile_is_retried_with_the_next_one_instead_of_failing()
    {
        var reviewer = TestUser.Reviewer("collision-reviewer", Wujiang);
        var (firstClient, first, _) = await _cases.SubmitAsync(TestUser.Applicant("collision-first"),
            Cases.InitialRegistration(People.NewIdNumber(), Wujiang, 2, Wujiang, "JL-COL-1"), Cases.InitialDocuments);
        var (secondClient, second, _) = await _cases.SubmitAsync(TestUser.Applicant("collision-second"),
            Cases.InitialRegistration(People.NewIdNumber(), Wujiang, 2, Wujiang, "JL-COL-2"), Cases.InitialDocuments);
        (await _cases.DecideAsync(reviewer, first, "review", "Approve")).EnsureSuccessStatusCode();
        var firstNumber = (await _cases.GetAsync(firstClient, first))["summary"]!["issuedNumber"].Str();

        factory.Facts.Arm();
        var decided = await _cases.DecideAsync(reviewer, second, "review", "Approve");

        decided.EnsureSuccessStatusCode();
        Assert.Equal(1, factory.Facts.StaleAnswers);
        var secondNumber = (await _cases.GetAsync(secondClient, second))["summary"]!["issuedNumber"].Str();
        Assert.Equal(RegistrationNumber.Parse(firstNumber).Sequence + 1, RegistrationNumber.Parse(secondNumber).Sequence);
        Assert.Equal(2, await factory.DatabaseAsync(db => db.Registrations.CountAsync(r => r.Number == firstNumber || r.Number == secondNumber)));
    }
}
