namespace Approvals.Text;

/// <summary>The request itself is wrong: a value that does not fit, a field missing; every problem is listed.</summary>
public class InvalidRefusal(LocalizedText text, IReadOnlyDictionary<string, IReadOnlyList<LocalizedText>>? fieldErrors = null)
    : Refusal(text, fieldErrors, null)
{
    public override LocalizedText Title => new("请求有误", "Bad request");
}
