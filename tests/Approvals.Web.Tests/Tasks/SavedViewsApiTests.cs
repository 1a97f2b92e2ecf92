using System.Net;
using System.Net.Http.Json;
using Approvals.Web.Tests.Support;

namespace Approvals.Web.Tests.Tasks;

/// <summary>
/// <c>/api/tasks/views</c>: a reviewer's named worklist filters, kept on the server for them alone (another user's view
/// is a 404), without the page they were saved on; and <c>/api/tasks/steps</c>, the values of the step filter.
/// </summary>
public abstract class SavedViewsApiTests<TFactory>(TFactory factory) : IClassFixture<TFactory>, IAsyncLifetime
    where TFactory : MetrologyApiFactory
{
    private const string Qingpu = "310118";

    public Task InitializeAsync()
    {
        factory.EnsureAvailable();
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [SkippableFact]
    public async Task A_saved_view_is_listed_for_its_owner_without_its_page_and_not_for_another_reviewer()
    {
        var owner = factory.ClientFor(TestUser.Reviewer("views-owner", Qingpu));
        var other = factory.ClientFor(TestUser.Reviewer("views-other", Qingpu));

        var saved = await owner.PostJsonAsync("/api/tasks/views", new { name = " 我的超期 ", query = "?due=Overdue&claimedBy=me&page=3" });

        Assert.Equal(("我的超期", "due=Overdue&claimedBy=me"), (saved["name"].Str(), saved["query"].Str()));
        var listed = Assert.Single((await owner.GetJsonAsync("/api/tasks/views")).AsArray());
        Assert.Equal(saved["id"].Str(), listed!["id"].Str());
        Assert.Empty((await other.GetJsonAsync("/api/tasks/views")).AsArray());
        await (await other.DeleteAsync($"/api/tasks/views/{saved["id"].Str()}")).ReadAsync(HttpStatusCode.NotFound);
        Assert.Single((await owner.GetJsonAsync("/api/tasks/views")).AsArray());
    }

    [SkippableFact]
    public async Task Saving_under_a_name_the_reviewer_has_replaces_that_views_filter_and_deleting_removes_it()
    {
        var owner = factory.ClientFor(TestUser.Reviewer("views-replacer", Qingpu));
        var first = await owner.PostJsonAsync("/api/tasks/views", new { name = "续期", query = "type=Renewal" });

        var second = await owner.PostJsonAsync("/api/tasks/views", new { name = "续期", query = "type=Renewal&sort=-caseNumber" });

        Assert.Equal(first["id"].Str(), second["id"].Str());
        Assert.Equal("type=Renewal&sort=-caseNumber", Assert.Single((await owner.GetJsonAsync("/api/tasks/views")).AsArray())!["query"].Str());
        (await owner.DeleteAsync($"/api/tasks/views/{first["id"].Str()}")).EnsureSuccessStatusCode();
        Assert.Empty((await owner.GetJsonAsync("/api/tasks/views")).AsArray());
    }

    [SkippableTheory]
    [InlineData("", "type=Renewal", "name")]
    [InlineData("超期", "due=Tomorrow", "due")]
    public async Task A_view_without_a_name_or_with_a_filter_the_worklist_cannot_read_is_a_400_naming_the_field(string name, string query, string field)
    {
        var owner = factory.ClientFor(TestUser.Reviewer("views-invalid", Qingpu));

        var problem = await (await owner.PostAsJsonAsync("/api/tasks/views", new { name, query })).ReadAsync(HttpStatusCode.BadRequest);

        Assert.True(problem["errors"]!.AsObject().ContainsKey(field), problem.ToJsonString());
        Assert.Empty((await owner.GetJsonAsync("/api/tasks/views")).AsArray());
    }

    [SkippableFact]
    public async Task The_step_filter_offers_the_steps_the_districts_open_tasks_wait_at()
    {
        await factory.SeedRegistryAsync();
        await new Cases(factory).SubmitAsync(TestUser.Applicant("views-steps-applicant"),
            Cases.InitialRegistration(People.NewIdNumber(), Qingpu, 2, Qingpu, "JL-VIEWS-1", "吕环节"), Cases.InitialDocuments);

        var steps = (await factory.ClientFor(TestUser.Reviewer("views-steps", Qingpu)).GetJsonAsync("/api/tasks/steps")).AsArray();

        Assert.Contains(steps, s => s!["activityId"].Str() == "review" && s["title"].Str().Length > 0);
    }
}

public sealed class SqliteSavedViewsApiTests(MetrologyApiFactory factory) : SavedViewsApiTests<MetrologyApiFactory>(factory);

public sealed class PostgreSqlSavedViewsApiTests(PostgreSqlMetrologyApiFactory factory) : SavedViewsApiTests<PostgreSqlMetrologyApiFactory>(factory);
