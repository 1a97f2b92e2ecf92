using Approvals.Text;

namespace Approvals.UseCases.Cases;

/// <summary>The refusals several case services give, said the same way wherever they are given.</summary>
public static class CaseRefusals
{
    /// <summary>No such application, or one the caller may not see: the two are not told apart.</summary>
    public static NotFoundRefusal NoApplication(string applicationId) =>
        new(Texts.Text(Texts.CaseRefusals_ThereIsNoApplicationThatYou, applicationId));

    public static NotFoundRefusal NoDocument(string applicationId, string documentId) =>
        new(Texts.Text(Texts.CaseRefusals_ApplicationHasNoDocument, applicationId, documentId));
}
