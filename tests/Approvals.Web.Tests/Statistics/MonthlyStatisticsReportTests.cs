using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Approvals.Infrastructure.Outbox;
using Approvals.Infrastructure.Statistics;
using Approvals.UseCases.Records;
using Approvals.UseCases.Statistics;
using Approvals.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using netDumbster.smtp;
using static Approvals.Web.Tests.Statistics.StatisticsDataSet;

namespace Approvals.Web.Tests.Statistics;

/// <summary>
/// The monthly report job run on a fake clock: last month's figures as a PDF holding what the API gives for that month,
/// mailed through the outbox and a real SMTP server to the executive committee's regulators only, in their language.
/// </summary>
public sealed class MonthlyStatisticsReportTests : IClassFixture<MonthlyStatisticsReportTests.Factory>, IAsyncLifetime
{
    private const string ChineseReader = "ec-zh@committee.test";
    private const string EnglishReader = "ec-en@committee.test";
    private static readonly TestUser Committee = new("mr-committee", "mr@committee.test", "Regulator", "executive-committee");
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);
    private readonly Factory _factory;

    public MonthlyStatisticsReportTests(Factory factory) => _factory = factory;

    public async Task InitializeAsync()
    {
        await _factory.DatabaseAsync(async db =>
        {
            if (!db.Applications.Any(a => a.Id == "st-a1"))
                await AddAsync(db);
            return 0;
        });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task From_the_first_working_day_on_the_committee_gets_last_months_figures_once_as_a_pdf_with_what_the_api_gives_for_that_month()
    {
        // 1 March 2025 is a Saturday: February's report waits for Monday.
        _factory.Clock.SetUtcNow(new DateTimeOffset(2025, 3, 1, 8, 0, 0, Shanghai));
        await RunJobAndDeliverAsync();
        Assert.Equal(0, await _factory.DatabaseAsync(db => db.Outbox.AsNoTracking().CountAsync(o => o.DeduplicationKey!.StartsWith(MonthlyStatisticsReportJob.Id + ":"))));

        _factory.Clock.SetUtcNow(new DateTimeOffset(2025, 5, 1, 8, 0, 0, Shanghai));
        var arrived = _factory.ExpectMail(2);

        await RunJobAndDeliverAsync();
        var mails = await arrived;

        Assert.Equal([EnglishReader, ChineseReader], mails.Select(m => m.To.Mailboxes.Single().Address).Order());
        Assert.DoesNotContain(mails, m => m.To.Mailboxes.Any(a => a.Address == MetrologyApiFactory.QingpuRegulatorEmail));
        foreach (var (mail, culture) in mails.Select(m => (m, m.To.Mailboxes.Single().Address == EnglishReader ? "en" : "zh-CN")))
        {
            var pdf = Assert.Single(mail.Attachments.OfType<MimePart>());
            Assert.Equal("application/pdf", pdf.ContentType.MimeType);
            using var content = new MemoryStream();
            await pdf.Content!.DecodeToAsync(content);
            var text = Squeezed(PdfText.Of(content.ToArray()));
            foreach (var table in StatisticsTables.Keys)
            {
                foreach (var row in await ApiRowsAsync(table, culture))
                    Assert.Contains(row, text);
            }
        }

        _factory.Clock.SetUtcNow(new DateTimeOffset(2025, 5, 6, 9, 0, 0, Shanghai));
        await RunJobAndDeliverAsync();
        Assert.Equal(2, await _factory.DatabaseAsync(db => db.Outbox.AsNoTracking().CountAsync(o => o.DeduplicationKey!.StartsWith(MonthlyStatisticsReportJob.Id + ":2025-04:"))));
    }

    /// <summary>One table of the API's CSV for April in a language, each row (header included) as its cells run together.</summary>
    private async Task<List<string>> ApiRowsAsync(string table, string culture)
    {
        var client = _factory.ClientFor(Committee);
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue(culture));
        var csv = await client.GetStringAsync($"/api/statistics/{table}.csv?from=2025-04-01&to=2025-04-30");
        return [.. csv.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => Squeezed(line.Replace(",", "", StringComparison.Ordinal).Replace("\"", "", StringComparison.Ordinal)))];
    }

    private async Task RunJobAndDeliverAsync()
    {
        await using (var scope = _factory.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<MonthlyStatisticsReportJob>().RunAsync(CancellationToken.None);
        var queued = await _factory.DatabaseAsync(db => db.Outbox.AsNoTracking()
            .Where(o => o.DeduplicationKey!.StartsWith(MonthlyStatisticsReportJob.Id) && o.Status != OutboxStatus.Done).Select(o => o.Id).ToListAsync());
        foreach (var id in queued)
        {
            await using var scope = _factory.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<OutboxProcessor>().ProcessAsync(id, CancellationToken.None);
        }
    }

    /// <summary>Text without white space: PdfPig reads a page's letters without the gaps between table cells.</summary>
    private static string Squeezed(string text) =>
        new([.. text.Where(c => !char.IsWhiteSpace(c))]);

    /// <summary>The host on a clock the test sets, sending mail to an SMTP server in the test, with two committee regulators.</summary>
    public sealed class Factory : MetrologyApiFactory
    {
        private readonly SimpleSmtpServer _smtp = SimpleSmtpServer.Start();
        private readonly List<MimeMessage> _received = [];
        private (int Count, TaskCompletionSource<IReadOnlyList<MimeMessage>> Signal)? _waiter;

        public Factory() => _smtp.MessageReceived += (_, e) => Received(e.Message.Data);

        /// <summary>The host's clock, starting the day before the first instant the test moves it to (it cannot go back).</summary>
        public new FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2025, 2, 28, 12, 0, 0, TimeSpan.FromHours(8))) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };

        protected override void ConfigureTestServices(IServiceCollection services)
        {
            base.ConfigureTestServices(services);
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
        }

        protected override IDictionary<string, string?> Settings
        {
            get
            {
                var settings = base.Settings;
                settings["Smtp:Host"] = "127.0.0.1";
                settings["Smtp:Port"] = _smtp.Configuration.Port.ToString(CultureInfo.InvariantCulture);
                Recipient(settings, 2, "ec-zh", ChineseReader, "zh-CN");
                Recipient(settings, 3, "ec-en", EnglishReader, "en");
                return settings;
            }
        }

        /// <summary>Completes with the next <paramref name="count"/> mails the server accepts.</summary>
        public Task<IReadOnlyList<MimeMessage>> ExpectMail(int count)
        {
            lock (_received)
            {
                _received.Clear();
                var signal = new TaskCompletionSource<IReadOnlyList<MimeMessage>>(TaskCreationOptions.RunContinuationsAsynchronously);
                _waiter = (count, signal);
                return signal.Task.WaitAsync(TimeSpan.FromMinutes(2));
            }
        }

        private void Received(string data)
        {
            var message = MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(data)));
            lock (_received)
            {
                _received.Add(message);
                if (_waiter is { } waiter && _received.Count >= waiter.Count)
                    waiter.Signal.TrySetResult([.. _received]);
            }
        }

        private static void Recipient(IDictionary<string, string?> settings, int index, string userName, string address, string culture)
        {
            settings[$"Recipients:Users:{index}:UserName"] = userName;
            settings[$"Recipients:Users:{index}:Email"] = address;
            settings[$"Recipients:Users:{index}:Culture"] = culture;
            settings[$"Recipients:Users:{index}:District"] = "executive-committee";
            settings[$"Recipients:Users:{index}:Roles:0"] = "Regulator";
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (disposing)
                _smtp.Dispose();
        }
    }
}
