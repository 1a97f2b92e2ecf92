using System.Text.Json;
using System.Text.Json.Nodes;
using Approvals.Core.Access;
using Approvals.Core.Applications;
using Approvals.Core.Districts;
using Approvals.Infrastructure.Links;
using Approvals.Infrastructure.Mail;
using Approvals.Infrastructure.Outbox;
using Approvals.Infrastructure.Persistence;
using Approvals.Infrastructure.Workflows;
using Approvals.Text;
using Approvals.UseCases.Instances;
using Approvals.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Infrastructure.Metrology.Effects;

/// <summary>
/// When a case an employer filed (<see cref="Application.FiledBy"/>) is decided — granted, refused or not accepted —
/// every confirmed account of that enterprise gets a short copy (<c>employer-decision</c>): whose case, the decision,
/// the bureau, and a link to <c>/employer</c>. Never the documents or the ID number. Queued in the step's transaction,
/// after <see cref="ApplicationStatusEffectHandler"/> has moved the case, once per case and account.
/// </summary>
internal sealed class EmployerDecisionCopyEffectHandler(DistrictDirectory districts, PublicLinks links) : ActivityEffectHandler<PublicStatusChanged>
{
    public const string Template = "employer-decision";

    protected override async ValueTask ApplyAsync(PublicStatusChanged changed, WorkflowInstanceState state, ApprovalsDbContext db, CancellationToken cancellationToken)
    {
        var application = await db.FindTrackedAsync(state.CorrelationId, cancellationToken);
        if (application is not { FiledBy: { } creditCode } || !application.IsDrivenBy(state.Id)
            || application.Status.ToString() != changed.Status || DecisionOf(application) is not { } decision)
        {
            return;
        }
        var bureau = districts.FindByCode(application.DistrictCode) is { } district
            ? new LocalizedText(DecisionTexts.Bureau(district, "zh-CN"), DecisionTexts.Bureau(district, "en"))
            : null;
        foreach (var account in await EmployerAccountsAsync(db, creditCode, cancellationToken))
        {
            var key = $"{Template}:{application.Id}:{account.Id}";
            if (db.Outbox.Local.Any(o => o.DeduplicationKey == key) || await db.Outbox.AnyAsync(o => o.DeduplicationKey == key, cancellationToken))
                continue;
            var culture = MailTemplates.CultureFor(account.PreferredCulture);
            var model = new JsonObject
            {
                ["recipient"] = new JsonObject { ["name"] = string.IsNullOrWhiteSpace(account.DisplayName) ? account.Email : account.DisplayName },
                ["employer"] = new JsonObject { ["name"] = account.EnterpriseName ?? creditCode },
                ["staff"] = new JsonObject { ["name"] = application.PersonName },
                ["application"] = new JsonObject { ["number"] = application.CaseNumber ?? application.Id, ["type"] = application.Type.DisplayName().For(culture) },
                ["decision"] = new JsonObject { ["text"] = decision.For(culture), ["bureau"] = bureau?.For(culture) },
                ["link"] = links.Employer().AbsoluteUri,
            };
            var mail = new EmailRequested(account.Email, "", "", IsHtml: true, Template, model, culture);
            OutboxWriter.Add(db, OutboxKinds.Email, JsonSerializer.Serialize(mail, WorkflowStateJson.Options), application.Id, state.UpdatedAt, dueAt: null)
                .DeduplicationKey = key;
        }
    }

    /// <summary>What was decided, in the decision's own words (准予注册, 不予延续注册, 不予受理 …); null while the case is undecided.</summary>
    private static LocalizedText? DecisionOf(Application application) => application.Status switch
    {
        ApplicationStatus.Approved => DecisionTexts.For(application.Type).Grant,
        ApplicationStatus.Rejected => DecisionTexts.For(application.Type).Refusal,
        ApplicationStatus.NotAccepted => application.Status.DisplayName(),
        _ => null,
    };

    private static Task<List<EmployerAccount>> EmployerAccountsAsync(ApprovalsDbContext db, string creditCode, CancellationToken cancellationToken) => (
        from user in db.Users.AsNoTracking()
        join membership in db.UserRoles on user.Id equals membership.UserId
        join role in db.Roles on membership.RoleId equals role.Id
        where role.Name == ApprovalsRoles.Employer && user.EnterpriseCreditCode == creditCode && user.Email != null && user.EmailConfirmed
        orderby user.Email
        select new EmployerAccount(user.Id, user.Email!, user.DisplayName, user.EnterpriseName, user.PreferredCulture))
        .ToListAsync(cancellationToken);

    private sealed record EmployerAccount(string Id, string Email, string DisplayName, string? EnterpriseName, string PreferredCulture);
}
