namespace Approvals.Workflows.Registry;

/// <summary>What an input holds; the designer picks its editor from this.</summary>
public enum InputKind
{
    String,
    MultilineText,
    /// <summary>
    /// A text people read, per language: <c>{ "zh-CN": "...", "en": "..." }</c> (or one string for both), with
    /// <c>{{ input.x }}</c> / <c>{{ variables.y }}</c> placeholders; see <see cref="Expressions.PerLanguageTemplate"/>.
    /// </summary>
    PerLanguageText,
    Number,
    Integer,
    Boolean,
    /// <summary>ISO 8601 duration ("PT30M", "P2D") or working days ("5wd", "2wd4h").</summary>
    Duration,
    /// <summary>A JavaScript expression that must be given (a condition, a value).</summary>
    Expression,
    Choice,
    Role,
    District,
    StringList,
    /// <summary>Any JSON array or object that no more precise kind describes.</summary>
    Json,
    EmailTemplate,
    /// <summary>A human task's form: an array of <c>{ name, label, type, required }</c>.</summary>
    FormFields,
    /// <summary>A Switch's cases: an array of <c>{ name, condition }</c>, each name a port, each condition JavaScript.</summary>
    SwitchCases,
    /// <summary>What happens at a deadline: <c>{ action: NotifyRole | ReassignToRole | TakeOutcome, role, outcome }</c>.</summary>
    Escalation,
}
