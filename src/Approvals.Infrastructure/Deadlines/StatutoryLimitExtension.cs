using System.Globalization;
using System.Text.Json.Nodes;
using Approvals.Core.Applications;
using Approvals.Core.Workflow;
using Approvals.Infrastructure.Mail;
using Approvals.Infrastructure.Persistence;
using Approvals.Infrastructure.Recipients;
using Approvals.Infrastructure.Workflows;
using Microsoft.EntityFrameworkCore;
using Approvals.Core.Access;
using Approvals.Text;
using Approvals.UseCases.Instances;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Deadlines;

/// <summary>
/// Extends a case's statutory limit once by ten working days with a reason (行政许可法 art. 42). The applicant is
/// told on the case's timeline and by mail (through the outbox), in the same transaction as the extension.
/// </summary>
public sealed class StatutoryLimitExtension(ApprovalsDbContext db, StatutoryClock statutoryClock, StatutoryDueDate statutoryDueDate, TemplatedMailOutbox mail, TimeProvider clock) : IStatutoryLimitExtension
{
    public const string MailTemplate = "limit-extended";

    /// <returns>The clock with its new limit.</returns>
    /// <exception cref="NotFoundRefusal">no such instance, or one of another district (the same answer).</exception>
    /// <exception cref="ConflictRefusal">already extended, finished, not accepted yet, without a statutory limit, or a step
    /// changed the instance meanwhile (nothing is saved then).</exception>
    public async Task<StatutoryClockView> ExtendAsync(string instanceId, string reason, Caller scope, CancellationToken cancellationToken)
    {
        var instance = await new WorkflowQueries(db).VisibleInstances(scope).AsNoTracking().FirstOrDefaultAsync(i => i.Id == instanceId, cancellationToken)
            ?? throw WorkflowRefusals.NoInstance(instanceId);
        if (await db.StatutoryExtensions.AnyAsync(e => e.InstanceId == instanceId, cancellationToken))
            throw StatutoryRefusals.AlreadyExtended(instanceId);
        if (instance.FinishedAt is not null)
            throw StatutoryRefusals.Finished(instanceId);
        var now = clock.GetUtcNow();
        var extension = new StatutoryExtensionRecord
        {
            InstanceId = instanceId,
            WorkingDays = StatutoryExtensionRules.WorkingDays,
            Reason = reason.Trim(),
            ExtendedBy = scope.UserName ?? "system",
            ExtendedAt = now,
        };
        var view = await statutoryClock.ForAsync(instance, extension, cancellationToken) ?? throw StatutoryRefusals.NoLimit(instanceId);
        if (view.AwaitsAcceptance)
            throw StatutoryRefusals.NotAcceptedYet(await CaseNumberAsync(instanceId, cancellationToken));
        db.StatutoryExtensions.Add(extension);
        db.WorkflowInstances.Attach(instance);
        await statutoryDueDate.RefreshAsync(db, instance, extension, cancellationToken);
        await TellApplicantAsync(instance, extension, view, cancellationToken);
        try
        {
            await mail.SaveAndDispatchAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // A step landed between the read and this save (the instance's revision moved): the clock read is stale.
            db.ChangeTracker.Clear();
            throw StatutoryRefusals.ChangedMeanwhile(await CaseNumberAsync(instanceId, cancellationToken));
        }
        catch (DbUpdateException)
        {
            // Two regulators at once: the instance's key lets one extension in; the other is told so.
            if (await ExtendedByAnotherAsync(instanceId, cancellationToken))
                throw StatutoryRefusals.AlreadyExtended(instanceId);
            throw;
        }
        return view;
    }

    private async Task TellApplicantAsync(WorkflowInstanceRecord instance, StatutoryExtensionRecord extension, StatutoryClockView view, CancellationToken cancellationToken)
    {
        var application = await db.Applications.FirstOrDefaultAsync(a => a.Id == instance.CorrelationId, cancellationToken);
        if (application is null || !application.IsDrivenBy(instance.Id))
            return;
        application.RecordNotice(TimelineNotice.StatutoryLimitExtended, extension.Reason, extension.ExtendedAt, extension.ExtendedBy);
        var applicant = new MailRecipient(application.ApplicantUserId, application.ApplicantEmail, application.PersonName, application.Culture);
        var model = new JsonObject
        {
            ["applicationId"] = application.Id,
            ["applicant"] = new JsonObject { ["name"] = application.PersonName ?? application.ApplicantEmail },
            ["application"] = new JsonObject { ["number"] = application.CaseNumber ?? application.Id, ["type"] = application.Type.DisplayName().For(application.Culture) },
            ["extension"] = new JsonObject
            {
                ["workingDays"] = extension.WorkingDays,
                ["reason"] = extension.Reason,
                ["limitWorkingDays"] = view.LimitWorkingDays,
                ["dueOn"] = ZoneTime.Today(view.DueAt).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            },
        };
        await mail.AddOnceAsync($"extension:{instance.Id}", applicant, MailTemplate, model, application.Id, cancellationToken);
    }

    private async Task<string> CaseNumberAsync(string instanceId, CancellationToken cancellationToken) =>
        await db.Applications.AsNoTracking().Where(a => a.InstanceId == instanceId).Select(a => a.CaseNumber).FirstOrDefaultAsync(cancellationToken) ?? instanceId;

    private async Task<bool> ExtendedByAnotherAsync(string instanceId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await db.StatutoryExtensions.AnyAsync(e => e.InstanceId == instanceId, cancellationToken);
    }
}
