using System.Net;
using Approvals.Core.Documents;
using Approvals.Testing;
using Approvals.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.Web.Tests.Metrology;

/// <summary>
/// Two applications hold documents of identical content, stored once by its hash. One deletes its document while
/// the other uploads the same content: whichever order the two take, the remaining document's file is there and
/// downloads byte for byte. Barriers hold each request at the point where the other must wait; no sleeps.
/// </summary>
public abstract class DocumentContentRaceTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : MetrologyApiFactory
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private const string Qingpu = "310118";

    [SkippableFact]
    public async Task A_deletion_while_an_upload_of_the_same_content_is_between_its_file_and_its_row_leaves_the_file()
    {
        var race = await PrepareAsync("race-a");
        race.Hooks.AfterNextSave.Arm();
        var upload = race.Uploader.PostAsync($"/api/applications/{race.UploaderCase}/documents", Files.Upload("IdCard", race.Content, "id.pdf"));
        await race.Hooks.AfterNextSave.Reached.WaitAsync(Patience);

        var claimed = race.Hooks.NextClaimSent();
        var deletion = race.Deleter.DeleteAsync($"/api/applications/{race.DeleterCase}/documents/{race.DeletedDocument}");
        // The deletion either waits for the upload's claim or, without one, runs to its end; then the upload goes on.
        await Task.WhenAny(claimed, deletion).WaitAsync(Patience);
        race.Hooks.AfterNextSave.Release();

        var uploaded = await (await upload.WaitAsync(Patience)).ReadAsync(HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.NoContent, (await deletion.WaitAsync(Patience)).StatusCode);
        await AssertDownloadsAsync(race, uploaded["id"].Str());
    }

    [SkippableFact]
    public async Task An_upload_of_the_same_content_while_a_deletion_is_about_to_remove_the_file_stores_it_again()
    {
        var race = await PrepareAsync("race-b");
        race.Hooks.BeforeNextDelete.Arm();
        var deletion = race.Deleter.DeleteAsync($"/api/applications/{race.DeleterCase}/documents/{race.DeletedDocument}");
        await race.Hooks.BeforeNextDelete.Reached.WaitAsync(Patience);

        var claimed = race.Hooks.NextClaimSent();
        var upload = race.Uploader.PostAsync($"/api/applications/{race.UploaderCase}/documents", Files.Upload("IdCard", race.Content, "id.pdf"));
        // The upload either waits for the deletion's claim or, without one, runs to its end; then the deletion goes on.
        await Task.WhenAny(claimed, upload).WaitAsync(Patience);
        race.Hooks.BeforeNextDelete.Release();

        Assert.Equal(HttpStatusCode.NoContent, (await deletion.WaitAsync(Patience)).StatusCode);
        var uploaded = await (await upload.WaitAsync(Patience)).ReadAsync(HttpStatusCode.Created);
        await AssertDownloadsAsync(race, uploaded["id"].Str());
    }

    private sealed record Race(DocumentRaceHooks Hooks, byte[] Content, HttpClient Deleter, string DeleterCase, string DeletedDocument, HttpClient Uploader, string UploaderCase);

    /// <summary>A host with the barriers in place; one application holding the content, another without it.</summary>
    private async Task<Race> PrepareAsync(string name)
    {
        factory.EnsureAvailable();
        var hooks = new DocumentRaceHooks();
        var host = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IInterceptor>(hooks);
            var store = services.Last(d => d.ServiceType == typeof(IDocumentStore));
            services.AddSingleton(sp => hooks.Wrap((IDocumentStore)store.ImplementationFactory!(sp)));
        }));
        var content = SampleDocuments.Pdf($"{name} shared content {Guid.NewGuid():N}");
        var deleter = ClientFor(host, TestUser.Applicant($"{name}-deleter"));
        var uploader = ClientFor(host, TestUser.Applicant($"{name}-uploader"));
        var deleterCase = await DraftAsync(deleter);
        var uploaderCase = await DraftAsync(uploader);
        var held = await (await deleter.PostAsync($"/api/applications/{deleterCase}/documents", Files.Upload("IdCard", content, "id.pdf"))).ReadAsync(HttpStatusCode.Created);
        return new Race(hooks, content, deleter, deleterCase, held["id"].Str(), uploader, uploaderCase);
    }

    private static HttpClient ClientFor(WebApplicationFactory<Program> host, TestUser user)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Add(TestAuthHandler.Header, user.Header);
        return client;
    }

    private static async Task<string> DraftAsync(HttpClient client) =>
        (await client.PostJsonAsync("/api/applications", Cases.InitialRegistration(People.NewIdNumber(), Qingpu, 2, Qingpu, "JL-RACE-1"), HttpStatusCode.Created))["summary"]!["id"].Str();

    private static async Task AssertDownloadsAsync(Race race, string documentId)
    {
        var download = await race.Uploader.GetAsync($"/api/applications/{race.UploaderCase}/documents/{documentId}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(race.Content, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await race.Deleter.GetAsync($"/api/applications/{race.DeleterCase}/documents/{race.DeletedDocument}")).StatusCode);
    }
}

public sealed class SqliteDocumentContentRaceTests(MetrologyApiFactory factory) : DocumentContentRaceTests<MetrologyApiFactory>(factory);

public sealed class PostgreSqlDocumentContentRaceTests(PostgreSqlMetrologyApiFactory factory) : DocumentContentRaceTests<PostgreSqlMetrologyApiFactory>(factory);
