namespace Approvals.Web.Designer;

/// <summary>The kinds of form field a regulator can give a human task; each has a label in the designer's resources.</summary>
public static class FormFieldTypes
{
    public const string Text = "text";

    public static IReadOnlyList<string> All { get; } = [Text, "textarea", "number", "date", "boolean"];
}
