using Approvals.Core.Applications;
using Approvals.Core.Districts;

namespace Approvals.UseCases.OfficialDocuments;

/// <summary>What every document of a case names: the case, its deciding district, and when it was filed.</summary>
internal sealed record CaseFacts(Application Application, District District)
{
    public string CaseNumber => Application.CaseNumber ?? Application.Id;

    public string Addressee => Application.PersonName ?? Application.ApplicantEmail;

    public string FiledOn => OfficialDocumentTemplates.Date(Core.Workflow.ZoneTime.Today(Application.SubmittedAt ?? Application.CreatedAt));
}
