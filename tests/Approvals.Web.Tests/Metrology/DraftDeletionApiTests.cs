using System.Net;
using System.Text.Json.Nodes;
using Approvals.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Web.Tests.Metrology;

/// <summary><c>DELETE /api/applications/{id}</c>: an applicant deletes a draft they no longer want, and nothing else.</summary>
public sealed class DraftDeletionApiTests(MetrologyApiFactory factory) : IClassFixture<MetrologyApiFactory>, IAsyncLifetime
{
    private const string Qingpu = "310118";
    private readonly Cases _cases = new(factory);

    public Task InitializeAsync() => factory.SeedRegistryAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_deleted_draft_is_gone_from_my_applications_with_its_documents()
    {
        var applicant = TestUser.Applicant("draft-delete-own");
        var (client, id) = await _cases.DraftAsync(applicant, Cases.InitialRegistration(People.NewIdNumber(), Qingpu, 2, Qingpu, "JL-DEL-OWN"), Cases.InitialDocuments);
        var listedBefore = await client.GetJsonAsync("/api/applications");

        var deleted = await client.DeleteAsync($"/api/applications/{id}");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Contains(listedBefore.AsArray(), a => a!["id"].Str() == id && a["status"].Str() == "Draft");
        Assert.DoesNotContain((await client.GetJsonAsync("/api/applications")).AsArray(), a => a!["id"].Str() == id);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/applications/{id}")).StatusCode);
        Assert.Equal(0, await factory.DatabaseAsync(db => db.ApplicationDocuments.CountAsync(d => d.ApplicationId == id)));
    }

    [Fact]
    public async Task Another_applicants_draft_cannot_be_deleted_and_reads_as_not_found()
    {
        var (owner, id) = await _cases.DraftAsync(TestUser.Applicant("draft-delete-owner"), Cases.InitialRegistration(People.NewIdNumber(), Qingpu, 2, Qingpu, "JL-DEL-OTHER"));

        var response = await factory.ClientFor(TestUser.Applicant("draft-delete-stranger")).DeleteAsync($"/api/applications/{id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Draft", Cases.Status(await _cases.GetAsync(owner, id)));
    }

    [Fact]
    public async Task A_submitted_application_is_refused_with_409_saying_it_can_be_withdrawn_and_stays()
    {
        var (client, id, _) = await _cases.SubmitAsync(TestUser.Applicant("draft-delete-submitted"),
            Cases.InitialRegistration(People.NewIdNumber(), Qingpu, 2, Qingpu, "JL-DEL-SUBMITTED"), Cases.InitialDocuments);

        using var request = new HttpRequestMessage(HttpMethod.Delete, $"/api/applications/{id}");
        request.Headers.AcceptLanguage.ParseAdd("en");
        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.ProblemAsync();
        Assert.Contains("withdrawn", problem["detail"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
        Assert.NotEqual("Draft", Cases.Status(await _cases.GetAsync(client, id)));
    }

    [Fact]
    public async Task A_document_shared_with_another_draft_stays_downloadable_there()
    {
        var applicant = TestUser.Applicant("draft-delete-shared");
        var (client, deletedId) = await _cases.DraftAsync(applicant, Cases.InitialRegistration(People.NewIdNumber(), Qingpu, 2, Qingpu, "JL-DEL-SHARED-1"), "Photo");
        var (_, keptId) = await _cases.DraftAsync(applicant, Cases.InitialRegistration(People.NewIdNumber(), Qingpu, 2, Qingpu, "JL-DEL-SHARED-2"), "Photo");

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/applications/{deletedId}")).StatusCode);

        var kept = (JsonArray)(await _cases.GetAsync(client, keptId))["documents"]!;
        var download = await client.GetAsync($"/api/applications/{keptId}/documents/{Assert.Single(kept)!["id"].Str()}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.NotEmpty(await download.Content.ReadAsByteArrayAsync());
    }
}
