namespace Approvals.Text;

/// <summary>The thing is not in a state that allows this (already done, too late, someone else's turn).</summary>
public class ConflictRefusal(LocalizedText text, Exception? inner = null) : Refusal(text, null, inner)
{
    /// <summary>The heading of every refusal of this kind that says nothing more specific.</summary>
    public static LocalizedText KindTitle { get; } = Texts.Text(Texts.ConflictRefusal_Conflict);

    public override LocalizedText Title => KindTitle;
}
