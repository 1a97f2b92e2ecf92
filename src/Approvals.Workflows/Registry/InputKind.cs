namespace Approvals.Workflows.Registry;

/// <summary>What an input holds; the designer picks its editor from this.</summary>
public enum InputKind
{
    String,
    MultilineText,
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
    /// <summary>A list of objects, e.g. form fields or switch cases.</summary>
    Json,
    EmailTemplate,
}
