using System.Text.Json;
using System.Text.Json.Nodes;
using Approvals.Text;
using Approvals.Workflows.Forms;
using Approvals.Workflows.Runtime;
using Approvals.UseCases.Limits;
using Approvals.UseCases.Records;

namespace Approvals.UseCases.Tasks;

/// <summary>
/// What a person's completion must bring, as the task declares it: one of the outcomes offered to people (the task
/// row's, which leave out the one only its deadline takes), a reason (the comment) for the outcomes its definition
/// names in <c>reasonRequiredFor</c>, and form data that fits its form. The runtime refuses by these rules, before
/// the step runs, in the caller's words; the task page asks the same questions to mark the fields. The activity
/// keeps the guard of its ports for every other way of resuming it; four eyes is the runtime's claim-and-complete
/// check.
/// </summary>
public static class TaskCompletionRules
{
    public static bool NeedsReason(IEnumerable<string> reasonRequiredFor, string? outcome) =>
        outcome is not null && reasonRequiredFor.Contains(outcome, StringComparer.Ordinal);

    /// <exception cref="InvalidFieldsRefusal">a comment or form data over its <see cref="TextLimits"/>.</exception>
    /// <exception cref="InvalidRefusal">no outcome, one the task does not offer, no reason where one is required, or form data that does not fit the task's form.</exception>
    public static void Check(HumanTaskRecord task, ResumeStimulus stimulus)
    {
        TextLimits.Check(("comment", stimulus.Comment, TextLimits.CommentMaxLength), ("data", stimulus.Data?.ToJsonString(), TextLimits.FormDataMaxLength));
        var outcomes = Outcomes(task.OutcomesJson);
        if (string.IsNullOrWhiteSpace(stimulus.Outcome))
            throw new InvalidRefusal(Texts.Text(Texts.TaskCompletionRules_OutcomeIsRequiredThisTaskOffers, string.Join("、", outcomes), string.Join(", ", outcomes)));
        if (!outcomes.Contains(stimulus.Outcome, StringComparer.Ordinal))
            throw new InvalidRefusal(Texts.Text(Texts.TaskCompletionRules_OutcomeIsNotOfferedByThis, stimulus.Outcome, string.Join("、", outcomes), string.Join(", ", outcomes)));
        if (NeedsReason(Outcomes(task.ReasonRequiredForJson), stimulus.Outcome) && string.IsNullOrWhiteSpace(stimulus.Comment))
            throw new InvalidRefusal(Texts.Text(Texts.TaskCompletionRules_ReasonCommentIsRequiredFor, stimulus.Outcome));
        var form = FormField.Parse(task.FormJson is null ? null : JsonNode.Parse(task.FormJson));
        if (FormData.Check(form, stimulus.Data) is { Count: > 0 } problems)
            throw new InvalidRefusal(new(
                string.Concat(problems.Select(p => p.Text.ZhCn)), string.Join(" ", problems.Select(p => p.Text.En))));
    }

    /// <summary>A task row's JSON array of outcome names.</summary>
    public static IReadOnlyList<string> Outcomes(string json) => JsonSerializer.Deserialize<List<string>>(json) ?? [];
}
