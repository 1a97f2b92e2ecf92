using Approvals.Core.Applications;

namespace Approvals.UseCases.Cases;

/// <summary>Gives each submitted case its number (one upsert in Infrastructure, safe under concurrent submissions).</summary>
public interface ICaseNumbers
{
    Task<CaseNumber> NextAsync(string districtCode, CancellationToken cancellationToken);
}
