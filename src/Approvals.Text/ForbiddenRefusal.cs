namespace Approvals.Text;

/// <summary>The caller may see the thing but not do this to it.</summary>
public class ForbiddenRefusal(LocalizedText text) : Refusal(text, null, null)
{
    public override LocalizedText Title => new("无权访问", "Forbidden");
}
