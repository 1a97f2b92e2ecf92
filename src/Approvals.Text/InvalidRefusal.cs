namespace Approvals.Text;

/// <summary>The request itself is wrong: a value that does not fit, a field missing; every problem is listed.</summary>
public class InvalidRefusal(LocalizedText text, IReadOnlyDictionary<string, IReadOnlyList<LocalizedText>>? fieldErrors = null)
    : Refusal(text, fieldErrors, null)
{
    /// <summary>The heading of every refusal of this kind that says nothing more specific.</summary>
    public static LocalizedText KindTitle { get; } = Texts.Text(Texts.InvalidRefusal_BadRequest);

    public override LocalizedText Title => KindTitle;
}
