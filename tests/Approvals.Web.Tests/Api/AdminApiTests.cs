using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Approvals.Infrastructure.Persistence;
using Approvals.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Approvals.UseCases.Records;

namespace Approvals.Web.Tests.Api;

/// <summary>Calendars are saved to the test's own folder, never to the repository's <c>reference/</c>.</summary>
public sealed class AdminApiFactory : ApiFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Calendar:Folder"] = Path.Combine(Folder, "calendar") };
}

public sealed class AdminApiTests(AdminApiFactory factory) : IClassFixture<AdminApiFactory>
{
    private static object Calendar2030(string holidayTo = "2030-10-07") => new
    {
        year = 2030,
        source = "test notice",
        holidays = new[] { new { name = "国庆节", from = "2030-10-01", to = holidayTo } },
        adjustedWorkingDays = new[] { "2030-09-29" },
    };

    [Fact]
    public async Task A_year_without_a_calendar_says_it_counts_weekends_only()
    {
        var view = await factory.CreateClientAs(TestAccount.Administrator).GetFromJsonAsync<JsonObject>("/api/admin/calendar/2031");

        Assert.Equal((false, true), ((bool)view!["status"]!["hasCalendar"]!, (bool)view["status"]!["countsWeekendsOnly"]!));
        Assert.Null(view["calendar"]);
    }

    [Fact]
    public async Task A_saved_year_is_served_back_with_its_holidays_counted()
    {
        var client = factory.CreateClientAs(TestAccount.Administrator);

        var saved = await client.PutAsJsonAsync("/api/admin/calendar/2030", Calendar2030());
        var view = await client.GetFromJsonAsync<JsonObject>("/api/admin/calendar/2030");

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal((true, 7, 1), ((bool)view!["status"]!["hasCalendar"]!, (int)view["status"]!["holidayDays"]!, (int)view["status"]!["adjustedWorkingDays"]!));
        Assert.Equal("国庆节", (string)view["calendar"]!["holidays"]![0]!["name"]!);
    }

    [Fact]
    public async Task An_invalid_year_is_refused_with_every_problem_and_nothing_is_saved()
    {
        var client = factory.CreateClientAs(TestAccount.Administrator);

        var response = await client.PutAsJsonAsync("/api/admin/calendar/2032", new { year = 2032, source = "x", holidays = new[] { new { name = "", from = "2032-05-03", to = "2032-05-01" } }, adjustedWorkingDays = new[] { "2032-05-05" } });
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        var mismatch = await client.PutAsJsonAsync("/api/admin/calendar/2033", Calendar2030());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(3, problem!["errors"]!.AsArray().Count);
        Assert.Equal(HttpStatusCode.BadRequest, mismatch.StatusCode);
        Assert.False((bool)(await client.GetFromJsonAsync<JsonObject>("/api/admin/calendar/2032"))!["status"]!["hasCalendar"]!);
    }

    [Fact]
    public async Task A_failed_mail_is_listed_with_its_error_and_can_be_sent_again_once()
    {
        var client = factory.CreateClientAs(TestAccount.Administrator);
        long id;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ApprovalsDbContext>();
            var message = new OutboxMessage { Kind = "Email", PayloadJson = """{"to":"zhang@example.cn","template":"approved"}""", Status = OutboxStatus.Failed, Attempts = 6, LastError = "Could not connect to smtp.example.cn:25" };
            db.Outbox.Add(message);
            await db.SaveChangesAsync();
            id = message.Id;
        }

        var failed = await client.GetFromJsonAsync<JsonArray>("/api/admin/outbox?status=Failed");
        var resent = await client.PostAsync($"/api/admin/outbox/{id}/resend", null);
        var again = await client.PostAsync($"/api/admin/outbox/{id}/resend", null);

        var listed = Assert.Single(failed!, m => (long)m!["id"]! == id)!;
        Assert.Equal(("Could not connect to smtp.example.cn:25", "zhang@example.cn", "approved"), ((string?)listed["lastError"], (string?)listed["to"], (string?)listed["template"]));
        Assert.Equal(HttpStatusCode.OK, resent.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.DoesNotContain(await client.GetFromJsonAsync<JsonArray>("/api/admin/outbox?status=Failed") ?? [], m => (long)m!["id"]! == id);
    }

    [Theory]
    [InlineData("/api/admin/outbox/abc/resend", HttpStatusCode.BadRequest)]
    [InlineData("/api/admin/outbox/999999/resend", HttpStatusCode.NotFound)]
    public async Task Resending_a_message_that_does_not_exist_is_a_problem_with_a_message(string url, HttpStatusCode status)
    {
        var response = await factory.CreateClientAs(TestAccount.Administrator).PostAsync(url, null);

        Assert.Equal(status, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace((string?)(await response.Content.ReadFromJsonAsync<JsonObject>())!["detail"]));
    }

    [Fact]
    public async Task An_unknown_status_filter_is_a_bad_request_naming_the_statuses()
    {
        var response = await factory.CreateClientAs(TestAccount.Administrator).GetAsync("/api/admin/outbox?status=Lost");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Failed", (string?)(await response.Content.ReadFromJsonAsync<JsonObject>())!["detail"], StringComparison.Ordinal);
    }
}
