using Approvals.Workflows.Contracts;
using Approvals.Workflows.Expressions;
using Approvals.Workflows.Registry;
using Approvals.Workflows.Runtime;

namespace Approvals.Workflows.Activities;

/// <summary>
/// Writes one line to the instance's journal (a <see cref="JournalEvent.Note"/>) and continues; Elsa's
/// <c>Elsa.WriteLine</c> arrives as this. The text is a literal with <c>{{ variables.x }}</c> / <c>{{ input.x }}</c>
/// placeholders or an expression; it is kept as written, in the one language its author wrote it in.
/// </summary>
public sealed class JournalNoteActivity : IActivity
{
    public const string TypeName = "JournalNote";

    public ActivityDescriptor Descriptor { get; } = new(
        TypeName,
        Texts.Text(Texts.JournalNoteActivity_JournalNote),
        "Primitives",
        Texts.Text(Texts.JournalNoteActivity_WritesLineToJournal),
        [new InputDescriptor("text", Texts.Text(Texts.JournalNoteActivity_Text), InputKind.MultilineText, true, Texts.Text(Texts.JournalNoteActivity_TextMayUsePlaceholders)) with { IsTemplate = true }],
        ["Done"]) { Icon = "note" };

    public ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var text = TemplateRenderer.Render(context.EvaluateString("text") ?? "", context.Instance.Variables, context.Instance.Input, htmlEncode: false);
        context.WriteJournalNote(text);
        return ValueTask.FromResult(ActivityResult.Complete("Done"));
    }
}
