using System.Text.Json;
using System.Text.Json.Nodes;
using Approvals.Core.Access;
using Approvals.Core.Applications;
using Approvals.Core.Districts;
using Approvals.Core.Registry;
using Approvals.Core.Workflow;
using Approvals.Infrastructure.Mail;
using Approvals.Infrastructure.Outbox;
using Approvals.Infrastructure.Persistence;
using Approvals.Infrastructure.Recipients;
using Approvals.Infrastructure.Workflows;
using Approvals.Workflows.Contracts;
using Approvals.Workflows.Runtime;
using Approvals.UseCases.Instances;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Infrastructure.Metrology.Effects;

/// <summary>
/// Writes an approved change of registration: the registration keeps its number and expiry and takes the case's
/// employer, projects and district, with one history entry (<see cref="RegistrationHistoryEntry"/>) per thing changed. When
/// it moves to another district, the former district's regulators get the "registration-moved" mail and the case's
/// timeline says they were notified. All in the step's transaction.
/// </summary>
internal sealed class RegistrationChangedEffectHandler(IIdGenerator ids, IRecipientDirectory directory, DistrictDirectory districts) : ActivityEffectHandler<RegistrationChanged>
{
    protected override async ValueTask ApplyAsync(RegistrationChanged changed, WorkflowInstanceState state, ApprovalsDbContext db, CancellationToken cancellationToken)
    {
        var application = await db.CaseDrivenByAsync(changed.ApplicationId, state, cancellationToken);
        var registration = await db.Registrations.Include(r => r.Enterprise).FirstAsync(r => r.Number == changed.Number, cancellationToken);

        if (changed.EmployerChanges)
        {
            var before = registration.Enterprise is { } old ? Employer(old) : null;
            var employer = await RegistryParties.EmployerOfAsync(db, application, ids, cancellationToken);
            registration.EnterpriseId = employer.Id;
            registration.Enterprise = employer;
            Record(RegistrationEvent.EmployerChanged, before, Employer(employer));
        }
        if (!registration.Projects.SequenceEqual(changed.Projects, StringComparer.Ordinal))
        {
            Record(RegistrationEvent.ProjectsChanged, string.Join("、", registration.Projects), string.Join("、", changed.Projects));
            registration.Projects = [.. changed.Projects];
        }
        if (changed.FromDistrictCode != changed.ToDistrictCode)
        {
            Record(RegistrationEvent.DistrictChanged, changed.FromDistrictCode, changed.ToDistrictCode);
            registration.DistrictCode = changed.ToDistrictCode;
            await NotifyFormerDistrictAsync(changed, application, db, state.UpdatedAt, cancellationToken);
        }
        registration.ApplicationId = application.Id;
        application.RecordIssued(registration.Number, state.UpdatedAt);

        void Record(RegistrationEvent kind, string? from, string? to) =>
            db.RegistrationHistory.Add(RegistrationHistoryEntry.ByCase(registration, kind, application.Id, changed.ChangedAt, from, to));
    }

    private async Task NotifyFormerDistrictAsync(RegistrationChanged changed, Application application, ApprovalsDbContext db, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var former = districts.FindByCode(changed.FromDistrictCode);
        application.RecordNotice(TimelineNotice.FormerDistrictNotified, former is null ? changed.FromDistrictCode : $"{former.Name} / {former.NameEn}", at, actor: null);
        foreach (var regulator in await directory.MembersAsync(ApprovalsRoles.Regulator, changed.FromDistrictCode, cancellationToken))
        {
            var culture = MailTemplates.CultureFor(regulator.Culture);
            var model = new JsonObject
            {
                ["district"] = new JsonObject { ["name"] = DistrictName(changed.FromDistrictCode, culture) },
                ["newDistrict"] = new JsonObject { ["name"] = DistrictName(changed.ToDistrictCode, culture) },
                ["application"] = new JsonObject { ["number"] = application.CaseNumber ?? application.Id },
                ["registration"] = new JsonObject { ["number"] = changed.Number, ["holder"] = application.PersonName, ["changedOn"] = ZoneTime.Today(changed.ChangedAt).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) },
                ["employer"] = new JsonObject { ["name"] = application.EmployerName },
                ["applicationId"] = application.Id,
            };
            var mail = new EmailRequested(regulator.Address, "", "", IsHtml: true, "registration-moved", model, culture);
            OutboxWriter.Add(db, OutboxKinds.Email, JsonSerializer.Serialize(mail, WorkflowStateJson.Options), application.Id, at, dueAt: null);
        }
    }

    private string DistrictName(string code, string culture) =>
        districts.FindByCode(code) is { } district ? (culture == "en" ? district.NameEn : district.Name) : code;

    private static string Employer(Enterprise enterprise) => $"{enterprise.Name}（{enterprise.CreditCode}）";
}
