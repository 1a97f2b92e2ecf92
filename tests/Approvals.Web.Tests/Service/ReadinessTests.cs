using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Approvals.Infrastructure.Calendar;
using Approvals.Infrastructure.Persistence;
using Approvals.UseCases.Calendar;
using Approvals.UseCases.Records;
using Approvals.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.Web.Tests.Service;

/// <summary><c>/health/live</c> and <c>/health/ready</c> as an operator's load balancer and monitoring read them: anonymous, one JSON entry per check.</summary>
public sealed class ReadinessTests
{
    private static readonly string[] EveryCheck = ["database", "hangfire-storage", "mail-transport", "outbox", "calendar"];

    [Fact]
    public async Task Readiness_names_every_check_and_is_healthy_with_this_and_next_years_calendars_loaded()
    {
        using var factory = new ReadinessFactory();
        await LoadCalendarsAsync(factory, 0, 1);

        var (status, body) = await ReadyAsync(factory);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", (string)body["status"]!);
        Assert.Equal(EveryCheck.Order(), Checks(body).Select(c => (string)c["name"]!).Order());
        Assert.All(Checks(body), c => Assert.Equal("Healthy", (string)c["status"]!));
    }

    [Fact]
    public async Task Without_next_years_calendar_readiness_is_degraded_naming_the_year_and_the_node_still_serves()
    {
        using var factory = new ReadinessFactory();
        var thisYear = await LoadCalendarsAsync(factory, 0);

        var (status, body) = await ReadyAsync(factory);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Degraded", (string)body["status"]!);
        var calendar = Check(body, "calendar");
        Assert.Equal("Degraded", (string)calendar["status"]!);
        Assert.Contains((thisYear + 1).ToString(CultureInfo.InvariantCulture), (string)calendar["description"]!);
    }

    [Fact]
    public async Task Without_this_years_calendar_readiness_fails()
    {
        using var factory = new ReadinessFactory();
        var thisYear = await LoadCalendarsAsync(factory, 1);

        var (status, body) = await ReadyAsync(factory);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", (string)Check(body, "calendar")["status"]!);
        Assert.Contains(thisYear.ToString(CultureInfo.InvariantCulture), (string)Check(body, "calendar")["description"]!);
    }

    [Fact]
    public async Task A_pickup_folder_the_node_cannot_write_fails_readiness_without_revealing_the_path_while_liveness_holds()
    {
        var blocker = Path.Combine(Path.GetTempPath(), $"approvals-not-a-folder-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(blocker, "a file where the pickup folder should be");
        try
        {
            using var factory = new ReadinessFactory(new Dictionary<string, string?> { ["Smtp:PickupFolder"] = Path.Combine(blocker, "mail") });

            var (status, body) = await ReadyAsync(factory);
            var live = await factory.CreateClient().GetAsync("/health/live");

            Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
            Assert.Equal("Unhealthy", (string)body["status"]!);
            Assert.Equal("Unhealthy", (string)Check(body, "mail-transport")["status"]!);
            Assert.DoesNotContain(blocker, body.ToJsonString(), StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Exception", body.ToJsonString(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
            Assert.Equal("Healthy", (string)JsonNode.Parse(await live.Content.ReadAsStringAsync())!["status"]!);
        }
        finally
        {
            File.Delete(blocker);
        }
    }

    [Fact]
    public async Task A_row_stranded_in_Processing_that_the_sweeper_missed_degrades_readiness_and_is_counted()
    {
        using var factory = new ReadinessFactory();
        await LoadCalendarsAsync(factory, 0, 1);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ApprovalsDbContext>();
            var anHourAgo = DateTimeOffset.UtcNow.AddHours(-1);
            db.Outbox.Add(new OutboxMessage
            {
                Kind = "Email", PayloadJson = """{"to":"li@example.cn","template":"approved"}""", Status = OutboxStatus.Processing,
                Attempts = 1, CreatedAt = anHourAgo, LeaseUntil = anHourAgo.AddMinutes(1),
            });
            await db.SaveChangesAsync();
        }

        var (status, body) = await ReadyAsync(factory);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Degraded", (string)body["status"]!);
        var outbox = Check(body, "outbox");
        Assert.Equal("Degraded", (string)outbox["status"]!);
        Assert.Equal(1, (int)outbox["data"]!["stranded"]!);
        Assert.True((int)outbox["data"]!["due"]! >= 1);
        Assert.True((double)outbox["data"]!["oldestWaitSeconds"]! >= 3000);
    }

    private static async Task<(HttpStatusCode Status, JsonNode Body)> ReadyAsync(ApiFactory factory)
    {
        var response = await factory.CreateClient().GetAsync("/health/ready");
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    private static IEnumerable<JsonNode> Checks(JsonNode body) => body["checks"]!.AsArray().Select(c => c!);

    private static JsonNode Check(JsonNode body, string name) => Checks(body).Single(c => (string)c["name"]! == name);

    /// <summary>Calendars (without holidays) for the given years counted from this year in Asia/Shanghai; returns this year.</summary>
    private static async Task<int> LoadCalendarsAsync(ApiFactory factory, params int[] yearsFromNow)
    {
        var store = factory.Services.GetRequiredService<ICalendarYearStore>();
        var thisYear = factory.Services.GetRequiredService<CalendarZone>().Today.Year;
        foreach (var year in yearsFromNow.Select(y => thisYear + y))
            await store.SaveYearAsync(new CalendarYear(year, "test", [], []));
        return thisYear;
    }

    /// <summary>The host with a calendar folder of its own, empty at start: each test loads the years it needs.</summary>
    private sealed class ReadinessFactory(IDictionary<string, string?>? settings = null) : ApiFactory
    {
        protected override IDictionary<string, string?> Settings =>
            new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["Calendar:Folder"] = Path.Combine(Folder, "calendar") };
    }
}
