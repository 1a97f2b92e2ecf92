using Approvals.Web.Components.Shared;
using Approvals.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Approvals.Web.Features.Tasks.Pages;

/// <summary>What a decision will do (asked before it is sent) and what it did (said after), per outcome.</summary>
public static class DecisionTexts
{
    /// <summary><c>Confirm_Outcome_{outcome}</c> for the decisions whose effect the platform knows; otherwise the outcome named.</summary>
    public static string Consequences(IStringLocalizer<SharedResource> text, string outcome) =>
        text[$"Confirm_Outcome_{outcome}"] is { ResourceNotFound: false } known ? known.Value : text["Confirm_Outcome_Other", text.Outcome(outcome)];

    /// <param name="subject">The case number, or the task's title when the task drives no numbered case.</param>
    public static string Done(IStringLocalizer<SharedResource> text, string outcome, string subject) =>
        text[$"Done_Outcome_{outcome}", subject] is { ResourceNotFound: false } known ? known.Value : text["Done_Outcome_Other", subject, text.Outcome(outcome)];
}
