namespace Approvals.Text;

/// <summary>The caller may see the thing but not do this to it.</summary>
public class ForbiddenRefusal(LocalizedText text) : Refusal(text, null, null)
{
    /// <summary>The heading of every refusal of this kind that says nothing more specific.</summary>
    public static LocalizedText KindTitle { get; } = Texts.Text(Texts.ForbiddenRefusal_Forbidden);

    public override LocalizedText Title => KindTitle;
}
