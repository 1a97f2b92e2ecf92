namespace Approvals.Text;

/// <summary>There is no such thing, or none the caller may see: the two are not told apart.</summary>
public class NotFoundRefusal(LocalizedText text) : Refusal(text, null, null)
{
    public override LocalizedText Title => new("未找到", "Not found");
}
