using System.Text.Json.Nodes;
using Approvals.UseCases.OfficialDocuments;
using Approvals.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.Web.Tests.Metrology;

/// <summary>
/// Cases whose steps were taken before documents were issued with their step (their documents' rows absent, as the
/// old code left them) get them from the start-up backfill, numbered in the order of the steps, not of first reading;
/// two nodes backfilling at once issue each document once — on each database provider.
/// </summary>
public abstract class MissingDocumentBackfillTests<TFactory>(TFactory factory) : IClassFixture<TFactory>, IAsyncLifetime
    where TFactory : MetrologyApiFactory
{
    private const string Qingpu = "310118";
    private readonly Cases _cases = new(factory);

    public Task InitializeAsync() => factory.SeedRegistryAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [SkippableFact]
    public async Task Documents_of_steps_from_before_documents_are_numbered_in_decision_order_whichever_case_is_read_first()
    {
        var (firstClient, first, _) = await _cases.SubmitAsync(TestUser.Applicant("backfill-first"), Cases.InitialRegistration(People.NewIdNumber(), Qingpu, 2, Qingpu, "JL-BFO-0001"), Cases.InitialDocuments);
        var (secondClient, second, _) = await _cases.SubmitAsync(TestUser.Applicant("backfill-second"), Cases.InitialRegistration(People.NewIdNumber(), Qingpu, 2, Qingpu, "JL-BFO-0002"), Cases.InitialDocuments);
        // The later filing is decided first.
        (await _cases.DecideAsync(TestUser.Reviewer("backfill-refuser", Qingpu), second, "review", "Reject", "项目与资格不符")).EnsureSuccessStatusCode();
        (await _cases.DecideAsync(TestUser.Reviewer("backfill-approver", Qingpu), first, "review", "Approve")).EnsureSuccessStatusCode();
        await ForgetDocumentsAsync(first, second);

        Assert.Empty(await ListAsync(secondClient, second));
        Assert.Equal(5, await BackfillAsync());

        var firstDocuments = await ListAsync(firstClient, first);
        var secondDocuments = await ListAsync(secondClient, second);
        Assert.Equal(["AcceptanceNotice", "Decision", "RegistrationCertificate"], firstDocuments.Select(d => d["kind"].Str()));
        Assert.Equal(["AcceptanceNotice", "Decision"], secondDocuments.Select(d => d["kind"].Str()));
        AssertBefore(Number(firstDocuments, "AcceptanceNotice"), Number(secondDocuments, "AcceptanceNotice"));
        AssertBefore(Number(secondDocuments, "Decision"), Number(firstDocuments, "Decision"));
        Assert.Equal(0, await BackfillAsync());
    }

    [SkippableFact]
    public async Task Two_backfills_at_once_issue_each_missing_document_once()
    {
        var ids = new List<string>();
        for (var i = 1; i <= 3; i++)
            ids.Add((await _cases.SubmitAsync(TestUser.Applicant($"backfill-race-{i}"), Cases.InitialRegistration(People.NewIdNumber(), Qingpu, 2, Qingpu, $"JL-BFR-000{i}"), Cases.InitialDocuments)).Id);
        await ForgetDocumentsAsync([.. ids]);

        var issued = await Task.WhenAll(BackfillAsync(), BackfillAsync());

        Assert.Equal(3, issued.Sum());
        var documents = await factory.DatabaseAsync(db => db.IssuedDocuments.AsNoTracking().Where(d => ids.Contains(d.ApplicationId)).ToListAsync());
        Assert.Equal(ids.Order(), documents.Select(d => d.ApplicationId).Order());
        Assert.All(documents, d => Assert.Equal(OfficialDocumentKind.AcceptanceNotice, d.Kind));
        Assert.Equal(3, documents.Select(d => d.Number).Distinct().Count());
    }

    [SkippableFact]
    public async Task Once_a_start_up_recorded_the_backfill_later_ones_do_not_search_the_cases_again()
    {
        var id = (await _cases.SubmitAsync(TestUser.Applicant("backfill-once"), Cases.InitialRegistration(People.NewIdNumber(), Qingpu, 2, Qingpu, "JL-BFM-0001"), Cases.InitialDocuments)).Id;
        await factory.DatabaseAsync(db => db.IssuedDocuments.Where(d => d.ApplicationId == id).ExecuteDeleteAsync());

        Assert.True(await factory.DatabaseAsync(db => db.CompletedOneOffTasks.AnyAsync(t => t.Name == MissingDocumentBackfill.Name)));
        Assert.Equal(0, await BackfillAsync());
        Assert.Equal(0, await factory.DatabaseAsync(db => db.IssuedDocuments.CountAsync(d => d.ApplicationId == id)));
        // Only the recorded row held it back (and the shared database is left whole for the other tests).
        await ForgetDocumentsAsync(id);
        Assert.Equal(1, await BackfillAsync());
    }

    /// <summary>Makes the cases look as they did before documents existed: no documents, and the backfill never run.</summary>
    private async Task ForgetDocumentsAsync(params string[] ids)
    {
        await factory.DatabaseAsync(db => db.IssuedDocuments.Where(d => ids.Contains(d.ApplicationId)).ExecuteDeleteAsync());
        await factory.DatabaseAsync(db => db.CompletedOneOffTasks.Where(t => t.Name == MissingDocumentBackfill.Name).ExecuteDeleteAsync());
    }

    private async Task<int> BackfillAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MissingDocumentBackfill>().RunAsync(CancellationToken.None);
    }

    private static string Number(IEnumerable<JsonNode> documents, string kind) => Assert.Single(documents, d => d["kind"].Str() == kind)["number"].Str();

    private static void AssertBefore(string earlier, string later) =>
        Assert.True(string.CompareOrdinal(earlier, later) < 0, $"{earlier} should come before {later}");

    private static async Task<IReadOnlyList<JsonNode>> ListAsync(HttpClient client, string id) =>
        (await client.GetJsonAsync($"/api/applications/{id}/official-documents")).AsArray().Select(d => d!).ToList();
}

public sealed class SqliteMissingDocumentBackfillTests(MetrologyApiFactory factory) : MissingDocumentBackfillTests<MetrologyApiFactory>(factory);

public sealed class PostgreSqlMissingDocumentBackfillTests(PostgreSqlMetrologyApiFactory factory) : MissingDocumentBackfillTests<PostgreSqlMetrologyApiFactory>(factory);
