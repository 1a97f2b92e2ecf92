using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Approvals.Browser.Tests.Support;
using Approvals.Core.Applications;
using Approvals.Infrastructure.Outbox;
using Approvals.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MimeKit;

namespace Approvals.Browser.Tests;

/// <summary>
/// The case mails as the applicant's mail client shows them: the HTML part of each mail the host sent (its pickup
/// folder), opened at a desktop reading pane's width and at a phone's, screenshots kept under <c>screenshots/</c>.
/// </summary>
public sealed partial class MailRenderingTests(BrowserAppFactory app, Chromium chromium) : IClassFixture<BrowserAppFactory>, IClassFixture<Chromium>
{
    private const string Applicant = "applicant@approvals.local";
    private static readonly int[] Widths = [600, 390];

    [Fact]
    public async Task The_acceptance_correction_request_and_decision_mails_fit_a_phone_and_name_the_case_by_number_type_and_link_in_both_languages()
    {
        var corrections = await SubmitAsync("钱邮件", culture: null, documents: CaseForms.InitialDocuments.Where(kind => kind is not ("IdCard" or "Photo")));
        var approved = await SubmitAsync("周邮件", culture: "en", documents: CaseForms.InitialDocuments);
        var rejected = await SubmitAsync("孙邮件", culture: null, documents: CaseForms.InitialDocuments);
        await DecideAsync(approved, "Approve", "材料齐全");
        await DecideAsync(rejected, "Reject", "项目考核证书与申请级别不符。");

        var mails = new List<(string Name, MimeMessage Mail, string CaseId, string Type)>();
        foreach (var (id, language) in new[] { (corrections, "zh"), (approved, "en"), (rejected, "zh") })
        {
            var type = language == "en" ? ApplicationType.InitialRegistration.DisplayName().En : ApplicationType.InitialRegistration.DisplayName().ZhCn;
            foreach (var mail in await SendAsync(id))
                mails.Add(($"86-mail-{mails.Count + 1}-{language}", mail, id, type));
        }
        // The acceptance notice and the approval in English; the correction request and the refusal in Chinese.
        Assert.Contains(mails, m => (m.Mail.Subject ?? "").StartsWith("请补正材料", StringComparison.Ordinal));
        Assert.Contains(mails, m => (m.Mail.Subject ?? "").StartsWith("Application accepted", StringComparison.Ordinal));
        Assert.Contains(mails, m => (m.Mail.Subject ?? "").StartsWith("Registration granted", StringComparison.Ordinal));
        Assert.Contains(mails, m => (m.Mail.Subject ?? "").StartsWith("不予注册决定", StringComparison.Ordinal));

        var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        foreach (var (name, mail, id, type) in mails)
        {
            var caseNumber = await DatabaseAsync(db => db.Applications.Where(a => a.Id == id).Select(a => a.CaseNumber).SingleAsync());
            foreach (var width in Widths)
            {
                await page.SetViewportSizeAsync(width, 900);
                await page.SetContentAsync(mail.HtmlBody ?? throw new Xunit.Sdk.XunitException($"'{mail.Subject}' has no HTML part"));
                var what = $"'{mail.Subject}' at {width} px";
                Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), $"{what} scrolls sideways");
                var text = await page.Locator("body").InnerTextAsync();
                Assert.True(text.Contains(caseNumber!, StringComparison.Ordinal), $"{what} does not show the case number {caseNumber}:\n{text}");
                Assert.True(text.Contains(type, StringComparison.Ordinal), $"{what} does not name the application type {type}:\n{text}");
                await Assertions.Expect(page.Locator($"a[href='{BrowserAppFactory.PublicBaseUrl}applications/{id}']").First).ToBeInViewportAsync();
                Assert.DoesNotMatch(InternalCode(), text);
                await page.TakeAsync($"{name}-{width}");
            }
        }
    }

    /// <summary>What the applicant must never read: a step id, a field's code, kinds joined by a bar.</summary>
    [GeneratedRegex(@"Review\.|idNumber|[A-Za-z]+\|[A-Za-z]+")]
    private static partial Regex InternalCode();

    private async Task<string> SubmitAsync(string person, string? culture, IEnumerable<string> documents)
    {
        var api = await app.ApiAsAsync(Applicant);
        var created = await api.PostAsJsonAsync("/api/applications", CaseForms.InitialRegistration(person, culture));
        created.EnsureSuccessStatusCode();
        var id = (string)(await created.Content.ReadFromJsonAsync<JsonObject>())!["summary"]!["id"]!;
        await api.UploadAndSubmitAsync(id, documents);
        return id;
    }

    private async Task DecideAsync(string id, string outcome, string comment)
    {
        var instanceId = await DatabaseAsync(db => db.WorkflowInstances.Where(i => i.CorrelationId == id).Select(i => i.Id).SingleAsync());
        var reviewer = await app.ApiAsAsync("reviewer.qingpu@approvals.local");
        var task = (await reviewer.GetFromJsonAsync<JsonArray>($"/api/tasks?instanceId={instanceId}"))!.First(t => (string)t!["activityId"]! == "review")!;
        (await reviewer.PostAsync($"/api/tasks/{task["id"]}/claim", null)).EnsureSuccessStatusCode();
        (await reviewer.PostAsJsonAsync($"/api/tasks/{task["id"]}/complete", new { outcome, comment })).EnsureSuccessStatusCode();
    }

    /// <summary>Sends the case's queued mails as the outbox job does (this host runs no job server); returns them as delivered.</summary>
    private async Task<List<MimeMessage>> SendAsync(string id)
    {
        var queued = await DatabaseAsync(db => db.Outbox.AsNoTracking()
            .Where(o => o.Kind == OutboxKinds.Email && o.CorrelationId == id).OrderBy(o => o.Id).Select(o => o.Id).ToListAsync());
        var folder = Path.Combine(app.Folder, "mail");
        var before = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml").ToHashSet() : [];
        foreach (var row in queued)
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<OutboxProcessor>().ProcessAsync(row, CancellationToken.None);
        }
        var delivered = new List<MimeMessage>();
        foreach (var file in Directory.GetFiles(folder, "*.eml").Where(f => !before.Contains(f)).Order(StringComparer.Ordinal))
            delivered.Add(await MimeMessage.LoadAsync(file));
        Assert.Equal(queued.Count, delivered.Count);
        return delivered;
    }

    private async Task<T> DatabaseAsync<T>(Func<ApprovalsDbContext, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ApprovalsDbContext>());
    }
}
