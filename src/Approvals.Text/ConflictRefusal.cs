namespace Approvals.Text;

/// <summary>The thing is not in a state that allows this (already done, too late, someone else's turn).</summary>
public class ConflictRefusal(LocalizedText text, Exception? inner = null) : Refusal(text, null, inner)
{
    public override LocalizedText Title => new("冲突", "Conflict");
}
