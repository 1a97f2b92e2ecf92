namespace Approvals.Workflows.Forms;

/// <summary>The kinds of form field a human task can ask its reviewer to fill in, and the JSON value each holds.</summary>
public static class FormFieldTypes
{
    /// <summary>One line of text: a JSON string.</summary>
    public const string Text = "text";

    /// <summary>Several lines of text: a JSON string.</summary>
    public const string Textarea = "textarea";

    /// <summary>A JSON number.</summary>
    public const string Number = "number";

    /// <summary>A calendar date: a JSON string "yyyy-MM-dd".</summary>
    public const string Date = "date";

    /// <summary>A JSON true or false.</summary>
    public const string Boolean = "boolean";

    /// <summary>One of the field's <c>options</c>: a JSON string.</summary>
    public const string Select = "select";

    public static IReadOnlyList<string> All { get; } = [Text, Textarea, Number, Date, Boolean, Select];
}
