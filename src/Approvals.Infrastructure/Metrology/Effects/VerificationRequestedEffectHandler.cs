using System.Text.Json;
using System.Text.Json.Nodes;
using Approvals.Core.Access;
using Approvals.Core.Applications;
using Approvals.Core.Districts;
using Approvals.Infrastructure.Links;
using Approvals.Core.Verification;
using Approvals.Core.Workflow;
using Approvals.Infrastructure.Mail;
using Approvals.Infrastructure.Outbox;
using Approvals.Infrastructure.Metrology.Applications;
using Approvals.Infrastructure.Persistence;
using Approvals.Infrastructure.Recipients;
using Approvals.Infrastructure.Workflows;
using Approvals.Workflows.Contracts;
using Approvals.Workflows.Runtime;
using Approvals.UseCases.Instances;
using Approvals.UseCases.Cases;

namespace Approvals.Infrastructure.Metrology.Effects;

/// <summary>
/// Opens one verification request per subject, addressed to the reviewers of its issuing district, and mails
/// them the "verification-requested" template, each in their own language, in the step's transaction. The
/// procedure cannot name these people (they are the directory's members of the district), hence mail here and
/// not through a SendEmail activity.
/// </summary>
internal sealed class VerificationRequestedEffectHandler(IIdGenerator ids, IRecipientDirectory directory, DistrictDirectory districts, PublicLinks links) : ActivityEffectHandler<VerificationRequested>
{
    protected override async ValueTask ApplyAsync(VerificationRequested requested, WorkflowInstanceState state, ApprovalsDbContext db, CancellationToken cancellationToken)
    {
        // The tracked case: in the first step of its procedure, its number commits with this very step.
        var application = await db.CaseDrivenByAsync(requested.ApplicationId, state, cancellationToken);
        foreach (var subject in requested.Pending)
        {
            db.VerificationRequests.Add(new VerificationRequest
            {
                Id = ids.NewId(),
                ApplicationId = requested.ApplicationId,
                InstanceId = state.Id,
                ActivityId = requested.ActivityId,
                BookmarkId = requested.BookmarkId,
                Subject = subject.Subject,
                Number = subject.Number,
                HolderName = requested.HolderName,
                HolderIdNumber = requested.HolderIdNumber,
                IssuingDistrictCode = subject.IssuingDistrictCode,
                RequestingDistrictCode = requested.RequestingDistrictCode,
                Status = VerificationStatus.Pending,
                CreatedAt = state.UpdatedAt,
                DueAt = requested.DueAt,
            });
            foreach (var reviewer in await directory.MembersAsync(ApprovalsRoles.Reviewer, subject.IssuingDistrictCode, cancellationToken))
            {
                var culture = MailTemplates.CultureFor(reviewer.Culture);
                var mail = new EmailRequested(reviewer.Address, "", "", IsHtml: true, "verification-requested", Model(requested, subject, application, culture), culture);
                OutboxWriter.Add(db, OutboxKinds.Email, JsonSerializer.Serialize(mail, WorkflowStateJson.Options), requested.ApplicationId, state.UpdatedAt, dueAt: null);
            }
        }
    }

    private JsonObject Model(VerificationRequested requested, VerificationSubject subject, Application application, string culture) => new()
    {
        ["district"] = new JsonObject { ["name"] = DistrictName(subject.IssuingDistrictCode, culture) },
        ["requester"] = new JsonObject { ["district"] = DistrictName(requested.RequestingDistrictCode, culture) },
        ["application"] = new JsonObject { ["number"] = application.CaseNumber ?? application.Id, ["type"] = application.Type.DisplayName().For(culture) },
        ["certificate"] = new JsonObject { ["number"] = subject.Number, ["holder"] = requested.HolderName, ["kind"] = subject.DisplayName().For(culture) },
        ["verification"] = new JsonObject { ["dueAt"] = requested.DueAt is { } due ? ZoneTime.Iso(due) : null, ["url"] = links.VerificationRequests().AbsoluteUri },
    };

    private string DistrictName(string code, string culture) =>
        districts.FindByCode(code) is { } district ? (culture == "en" ? district.NameEn : district.Name) : code;
}
