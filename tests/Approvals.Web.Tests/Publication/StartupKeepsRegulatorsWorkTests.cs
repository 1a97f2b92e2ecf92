using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Approvals.UseCases.Definitions;
using Approvals.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.Web.Tests.Publication;

/// <summary>Restarts are new factories on the same database and <c>workflows/</c> folder, as a deployment restarts.</summary>
public sealed class StartupKeepsRegulatorsWorkTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("approvals-restart-data-").FullName;
    private readonly string _workflows = Directory.CreateTempSubdirectory("approvals-restart-workflows-").FullName;

    public StartupKeepsRegulatorsWorkTests() =>
        File.Copy(Publications.ShippedFile("two-level-approval"), Path.Combine(_workflows, "two-level-approval.json"));

    [Fact]
    public async Task A_version_regulators_published_stays_current_after_a_restart_and_a_changed_shipped_file_becomes_a_marked_draft()
    {
        await using (var first = new RestartableApiFactory(_data, _workflows))
        {
            var author = first.CreateClientAs(TestAccount.QingpuRegulator);
            var draft = await author.SaveDraftAsync(await author.EditedAsync("two-level-approval", "\"5wd\"", "\"9wd\""));
            var requestId = await author.RequestedAsync("two-level-approval", draft);
            Assert.Equal(HttpStatusCode.OK, (await first.CreateClientAs(TestAccount.CommitteeRegulator).ApproveAsync(requestId)).StatusCode);
        }

        await using (var restarted = new RestartableApiFactory(_data, _workflows))
        {
            var client = restarted.CreateClientAs(TestAccount.QingpuRegulator);
            Assert.Equal(2, await client.CurrentVersionAsync("two-level-approval"));
            Assert.Contains("\"9wd\"", await client.GetStringAsync("/api/workflow-definitions/two-level-approval"), StringComparison.Ordinal);
        }

        ChangeShippedFile("\"5wd\"", "\"4wd\"");
        await using var afterUpdate = new RestartableApiFactory(_data, _workflows);
        var regulator = afterUpdate.CreateClientAs(TestAccount.QingpuRegulator);
        var latest = await regulator.GetFromJsonAsync<JsonObject>("/api/workflow-definitions/two-level-approval");
        var notice = await NoticeAsync(afterUpdate);

        Assert.Equal(2, await regulator.CurrentVersionAsync("two-level-approval"));
        Assert.Equal(3, (int)latest!["version"]!);
        Assert.False((bool)latest["isPublished"]!);
        Assert.Contains("\"4wd\"", latest.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(new ShippedNotice("two-level-approval.json", ShippedNoticeKind.DraftBesidePublished, 3), notice);
    }

    [Fact]
    public async Task A_regulators_open_draft_is_never_overwritten_and_the_shipped_change_waits_for_it()
    {
        await using (var first = new RestartableApiFactory(_data, _workflows))
        {
            var author = first.CreateClientAs(TestAccount.QingpuRegulator);
            await author.SaveDraftAsync(await author.EditedAsync("two-level-approval", "\"5wd\"", "\"9wd\""));
        }

        ChangeShippedFile("\"5wd\"", "\"4wd\"");
        await using var restarted = new RestartableApiFactory(_data, _workflows);
        var regulator = restarted.CreateClientAs(TestAccount.QingpuRegulator);
        var latest = await regulator.GetStringAsync("/api/workflow-definitions/two-level-approval");

        Assert.Contains("\"9wd\"", latest, StringComparison.Ordinal);
        Assert.Equal(1, await regulator.CurrentVersionAsync("two-level-approval"));
        Assert.Equal(ShippedNoticeKind.WaitingBehindDraft, (await NoticeAsync(restarted))!.Kind);

        Assert.Equal(HttpStatusCode.NoContent, (await regulator.DeleteAsync("/api/workflow-definitions/two-level-approval/draft")).StatusCode);
        await restarted.DisposeAsync();
        await using var afterDiscard = new RestartableApiFactory(_data, _workflows);
        var shippedDraft = await afterDiscard.CreateClientAs(TestAccount.QingpuRegulator).GetStringAsync("/api/workflow-definitions/two-level-approval");
        Assert.Contains("\"4wd\"", shippedDraft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unchanged_procedure_gets_a_changed_shipped_file_published_at_the_next_start()
    {
        await using (var first = new RestartableApiFactory(_data, _workflows))
            Assert.Equal(1, await first.CreateClientAs(TestAccount.QingpuRegulator).CurrentVersionAsync("two-level-approval"));

        ChangeShippedFile("\"5wd\"", "\"4wd\"");
        await using var restarted = new RestartableApiFactory(_data, _workflows);
        var regulator = restarted.CreateClientAs(TestAccount.QingpuRegulator);

        Assert.Equal(2, await regulator.CurrentVersionAsync("two-level-approval"));
        Assert.Equal("workflows/two-level-approval.json", (string)(await regulator.VersionAsync("two-level-approval", 2))["publishedBy"]!);
        Assert.Null(await NoticeAsync(restarted));
    }

    [Fact]
    public async Task Exported_procedures_placed_in_a_workflows_folder_load_as_the_published_definitions()
    {
        var exported = Directory.CreateDirectory(Path.Combine(_data, "exported")).FullName;
        Dictionary<string, string> published;
        await using (var source = new RestartableApiFactory(_data, _workflows))
        {
            var regulator = source.CreateClientAs(TestAccount.QingpuRegulator);
            await regulator.PublishAsync(ApiClientExtensions.Definition("two-step-approval").Replace("\"two-step-approval\"", "\"regulators-own\"", StringComparison.Ordinal));
            published = new Dictionary<string, string>
            {
                ["two-level-approval"] = await regulator.GetStringAsync("/api/workflow-definitions/two-level-approval?version=1"),
                ["regulators-own"] = await regulator.GetStringAsync("/api/workflow-definitions/regulators-own?version=1"),
            };

            var response = await regulator.GetAsync("/api/workflow-definitions/export");
            Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
            using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
            Assert.Equal(["regulators-own.json", "two-level-approval.json"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
            zip.ExtractToDirectory(exported);
        }
        foreach (var (id, json) in published)
            Assert.Equal(json, await File.ReadAllTextAsync(Path.Combine(exported, id + ".json")));

        // The same database started on the exported folder: nothing new to take in.
        await using (var sameDatabase = new RestartableApiFactory(_data, exported))
        {
            var regulator = sameDatabase.CreateClientAs(TestAccount.QingpuRegulator);
            foreach (var id in published.Keys)
                Assert.Single((await regulator.GetFromJsonAsync<JsonArray>($"/api/workflow-definitions/{id}/versions"))!);
        }

        // A fresh deployment started on the exported folder publishes exactly those definitions.
        var freshData = Directory.CreateDirectory(Path.Combine(_data, "fresh")).FullName;
        await using var fresh = new RestartableApiFactory(freshData, exported);
        var client = fresh.CreateClientAs(TestAccount.QingpuRegulator);
        foreach (var (id, json) in published)
        {
            var loaded = JsonNode.Parse(await client.GetStringAsync($"/api/workflow-definitions/{id}"))!;
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), loaded));
        }
    }

    private void ChangeShippedFile(string from, string to)
    {
        var path = Path.Combine(_workflows, "two-level-approval.json");
        File.WriteAllText(path, File.ReadAllText(path).Replace(from, to, StringComparison.Ordinal));
    }

    private static async Task<ShippedNotice?> NoticeAsync(ApiFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ShippedDefinitionNotices>().ForAsync("two-level-approval", CancellationToken.None);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
        Directory.Delete(_workflows, recursive: true);
    }
}
