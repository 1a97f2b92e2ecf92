using Approvals.Text;

namespace Approvals.UseCases.Cases;

/// <summary>The refusals several case services give, said the same way wherever they are given.</summary>
public static class CaseRefusals
{
    /// <summary>No such application, or one the caller may not see: the two are not told apart.</summary>
    public static NotFoundRefusal NoApplication(string applicationId) =>
        new(new($"没有找到您可以查看的申请“{applicationId}”。", $"There is no application '{applicationId}' that you may see."));

    public static NotFoundRefusal NoDocument(string applicationId, string documentId) =>
        new(new($"申请“{applicationId}”中没有材料“{documentId}”。", $"Application '{applicationId}' has no document '{documentId}'."));
}
