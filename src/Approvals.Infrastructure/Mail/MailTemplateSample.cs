using System.Text.Json.Nodes;
using Approvals.Core.Applications;

namespace Approvals.Infrastructure.Mail;

/// <summary>Sample values for every placeholder the shipped subjects use, so a subject can be shown as a mail reads.</summary>
internal static class MailTemplateSample
{
    public static JsonObject Model(string? culture)
    {
        var english = MailTemplates.CultureFor(culture) == "en";
        string In(string key) => english ? Texts.Text(key).En : Texts.Text(key).ZhCn;
        return new JsonObject
        {
            ["application"] = new JsonObject
            {
                ["number"] = "SQ-310118-2026-000123",
                ["type"] = english ? ApplicationType.InitialRegistration.DisplayName().En : ApplicationType.InitialRegistration.DisplayName().ZhCn,
            },
            ["registration"] = new JsonObject { ["number"] = "JLS-310118-2026-0007", ["validUntil"] = "2031-12-05" },
            ["recognition"] = new JsonObject { ["number"] = "HR-310118-2026-0003" },
            ["authority"] = new JsonObject { ["grant"] = In(Texts.MailSample_Grant) },
            ["staff"] = new JsonObject { ["name"] = In(Texts.MailSample_StaffName) },
            ["task"] = new JsonObject { ["title"] = In(Texts.MailSample_TaskTitle), ["dueAt"] = "2026-03-06T17:00:00+08:00" },
            ["failed"] = new JsonObject { ["to"] = "applicant@example.test" },
            ["digest"] = new JsonObject { ["date"] = "2026-03-02", ["overdueCount"] = 1, ["soonDueCount"] = 2 },
        };
    }
}
