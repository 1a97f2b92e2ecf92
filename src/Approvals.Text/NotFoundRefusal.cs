namespace Approvals.Text;

/// <summary>There is no such thing, or none the caller may see: the two are not told apart.</summary>
public class NotFoundRefusal(LocalizedText text) : Refusal(text, null, null)
{
    /// <summary>The heading of every refusal of this kind that says nothing more specific.</summary>
    public static LocalizedText KindTitle { get; } = Texts.Text(Texts.NotFoundRefusal_NotFound);

    public override LocalizedText Title => KindTitle;
}
