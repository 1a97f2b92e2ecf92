using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.Json;
using Approvals.Infrastructure.Mail;
using Approvals.Infrastructure.Outbox;
using Approvals.Infrastructure.Workflows;
using Approvals.Testing;
using Approvals.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Approvals.UseCases.Instances;
using Approvals.UseCases.Records;

namespace Approvals.Web.Tests.Support;

/// <summary>Files, advances and reads cases through the API, as applicants and reviewers do.</summary>
public sealed class Cases(MetrologyApiFactory factory)
{
    public static readonly string[] InitialDocuments = ["ApplicationForm", "QualificationCertificate", "ProjectAssessmentCertificate", "IdCard", "Photo", "EmploymentProof"];
    public static readonly string[] RenewalDocuments = ["ApplicationForm", "RegistrationCertificate", "IdCard", "Photo", "EmploymentProof"];
    public static readonly string[] RecognitionDocuments = ["ProjectAssessmentCertificate", "EmploymentContract"];

    public static object InitialRegistration(string idNumber, string district, int level, string certificateDistrict, string certificateNumber, string name = "赵敏", string? culture = null) => new
    {
        type = "InitialRegistration",
        culture,
        personName = name,
        idNumber,
        phone = "13800000000",
        employerName = "示范区测试计量有限公司",
        employerCreditCode = People.CreditCode(district),
        employerDistrictCode = district,
        level,
        qualificationCertificateNumber = "ZG-TEST-0001",
        projects = new[] { "长度计量" },
        certificates = new[] { new { kind = "ProjectAssessment", number = certificateNumber, issuingDistrictCode = certificateDistrict, validUntil = DateOnly.FromDateTime(DateTime.Today.AddYears(2)) } },
    };

    public static object CertificateRecognition(string idNumber, string name, string district, string certificateDistrict, string certificateNumber) => new
    {
        type = "CertificateRecognition",
        personName = name,
        idNumber,
        employerName = "示范区互认测试有限公司",
        employerCreditCode = People.CreditCode(district),
        employerDistrictCode = district,
        certificates = new[] { new { kind = "ProjectAssessment", number = certificateNumber, issuingDistrictCode = certificateDistrict, validUntil = DateOnly.FromDateTime(DateTime.Today.AddYears(2)) } },
    };

    public static object Renewal(string idNumber, string name, string district, string registrationNumber) => new
    {
        type = "Renewal",
        personName = name,
        idNumber,
        employerName = "示范区续期测试有限公司",
        employerCreditCode = People.CreditCode(district),
        employerDistrictCode = district,
        registrationNumber,
    };

    public async Task<(HttpClient Client, string Id)> DraftAsync(TestUser applicant, object form, params string[] documents)
    {
        var client = factory.ClientFor(applicant);
        var created = await client.PostJsonAsync("/api/applications", form, HttpStatusCode.Created);
        var id = created["summary"]!["id"].Str();
        foreach (var kind in documents)
            await (await client.PostAsync($"/api/applications/{id}/documents", Files.Upload(kind, SampleDocuments.Pdf(kind), kind + ".pdf"))).ReadAsync(HttpStatusCode.Created);
        return (client, id);
    }

    public async Task<(HttpClient Client, string Id, JsonNode Case)> SubmitAsync(TestUser applicant, object form, params string[] documents)
    {
        var (client, id) = await DraftAsync(applicant, form, documents);
        var submitted = await client.PostJsonAsync($"/api/applications/{id}/submit", null);
        return (client, id, submitted);
    }

    public static string Status(JsonNode @case) => @case["summary"]!["status"].Str();

    public static IReadOnlyList<string> Timeline(JsonNode @case) => @case["timeline"].Strings("status");

    public static IReadOnlyList<string> FindingCodes(JsonNode @case) => @case["findings"].Strings("code");

    /// <summary>The open task of a step of the case, as the reviewers' inbox lists it.</summary>
    public async Task<JsonNode> OpenTaskAsync(HttpClient client, string applicationId, string activityId)
    {
        var instanceId = (await client.GetJsonAsync($"/api/applications/{applicationId}"))["instanceId"].Str();
        var tasks = await client.GetJsonAsync($"/api/tasks?status=Open&instanceId={instanceId}");
        return (tasks as JsonArray ?? []).Single(t => t!["activityId"].Str() == activityId)!;
    }

    /// <summary>The description of a step's open task as a reviewer reading in <paramref name="language"/> sees it.</summary>
    public async Task<string> TaskDescriptionAsync(TestUser reviewer, string applicationId, string activityId, string language)
    {
        var client = factory.ClientFor(reviewer);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return (await OpenTaskAsync(client, applicationId, activityId))["description"].Str();
    }

    public async Task<HttpResponseMessage> DecideAsync(TestUser reviewer, string applicationId, string activityId, string outcome, string? comment = null)
    {
        var client = factory.ClientFor(reviewer);
        var task = await OpenTaskAsync(client, applicationId, activityId);
        return await client.PostAsJsonAsync($"/api/tasks/{task["id"].Str()}/complete", new { outcome, comment });
    }

    /// <summary>
    /// Completes the open task of a step of the case by its id, whether or not the reviewer's inbox offers it
    /// (as someone who learned the id elsewhere would).
    /// </summary>
    public async Task<HttpResponseMessage> CompleteByIdAsync(TestUser reviewer, string applicationId, string activityId, string outcome) =>
        await factory.ClientFor(reviewer).PostAsJsonAsync($"/api/tasks/{await OpenTaskIdAsync(applicationId, activityId)}/complete", new { outcome });

    /// <summary>The id of the open task of a step of the case, read from the database.</summary>
    public Task<string> OpenTaskIdAsync(string applicationId, string activityId) =>
        factory.DatabaseAsync(db => db.HumanTasks.AsNoTracking()
            .Where(t => t.Status == HumanTaskStatus.Open && t.ActivityId == activityId && db.WorkflowInstances.Any(i => i.Id == t.InstanceId && i.CorrelationId == applicationId))
            .Select(t => t.Id).SingleAsync());

    /// <summary>Runs the case's one pending deadline timer now (a verification's, a statement's: whichever is waiting), as the job does when it is due.</summary>
    public async Task FirePendingTimerAsync(string applicationId)
    {
        var timer = await factory.DatabaseAsync(db => db.Outbox.AsNoTracking()
            .Where(o => o.Kind == OutboxKinds.Timer && o.CorrelationId == applicationId && o.Status != OutboxStatus.Done)
            .Select(o => o.Id).SingleAsync());
        await using var scope = factory.Services.CreateAsyncScope();
        if (!await scope.ServiceProvider.GetRequiredService<OutboxProcessor>().ProcessAsync(timer, CancellationToken.None))
            throw new InvalidOperationException($"The pending timer of application '{applicationId}' did not run.");
    }

    /// <summary>Runs the case's timers that are due by the host's clock, as the job queue does when their time comes; returns how many ran.</summary>
    public async Task<int> RunDueTimersAsync(string applicationId)
    {
        var now = factory.Now;
        var timers = await factory.DatabaseAsync(db => db.Outbox.AsNoTracking()
            .Where(o => o.Kind == OutboxKinds.Timer && o.CorrelationId == applicationId && o.Status != OutboxStatus.Done)
            .Select(o => new { o.Id, o.DueAt }).ToListAsync());
        var ran = 0;
        foreach (var timer in timers.Where(t => t.DueAt <= now).OrderBy(t => t.DueAt))
        {
            await using var scope = factory.Services.CreateAsyncScope();
            if (await scope.ServiceProvider.GetRequiredService<OutboxProcessor>().ProcessAsync(timer.Id, CancellationToken.None))
                ran++;
        }
        return ran;
    }

    public Task<JsonNode> GetAsync(HttpClient client, string id) => client.GetJsonAsync($"/api/applications/{id}");

    /// <summary>The e-mails the case queued for sending: (to, subject, plain-text body), templates rendered as the sender renders them.</summary>
    public Task<List<(string To, string Subject, string Body)>> MailsAsync(string applicationId) =>
        factory.DatabaseAsync(async db =>
        {
            var rows = await db.Outbox.AsNoTracking().Where(o => o.Kind == OutboxKinds.Email && o.CorrelationId == applicationId).OrderBy(o => o.Id).ToListAsync();
            return rows.Select(r => JsonSerializer.Deserialize<EmailRequested>(r.PayloadJson, WorkflowStateJson.Options)!).Select(Rendered).ToList();
        });

    private static (string To, string Subject, string Body) Rendered(EmailRequested mail)
    {
        if (string.IsNullOrEmpty(mail.Template))
            return (mail.To, mail.Subject, mail.Body);
        var rendered = MailTemplates.Render(mail.Template, mail.Culture, mail.Model ?? []);
        return (mail.To, rendered.Subject, rendered.Text);
    }

    /// <summary>Sends the case's queued e-mails as the outbox job would (the test host runs no Hangfire server).</summary>
    public async Task SendQueuedMailAsync(string applicationId)
    {
        var ids = await factory.DatabaseAsync(db => db.Outbox.AsNoTracking()
            .Where(o => o.Kind == OutboxKinds.Email && o.CorrelationId == applicationId).OrderBy(o => o.Id).Select(o => o.Id).ToListAsync());
        foreach (var id in ids)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<OutboxProcessor>().ProcessAsync(id, CancellationToken.None);
        }
    }
}
