using Approvals.Core.Districts;
using Microsoft.Extensions.Options;

namespace Approvals.UseCases.Publications;

/// <summary>Refuses to start with an owning bureau that is not a zone district, or an empty definition id.</summary>
internal sealed class PublicationApprovalOptionsValidator : IValidateOptions<PublicationApprovalOptions>
{
    private readonly DistrictDirectory _districts = DistrictDirectory.LoadEmbedded();

    public ValidateOptionsResult Validate(string? name, PublicationApprovalOptions options)
    {
        var failures = new List<string>();
        if (!Enum.IsDefined(options.RequireApprovalFor))
            failures.Add($"{PublicationApprovalOptions.SectionName}:RequireApprovalFor must be Shipped or All.");
        if (!Enum.IsDefined(options.Approver))
            failures.Add($"{PublicationApprovalOptions.SectionName}:Approver must be ExecutiveCommittee or OwningBureau.");
        if (options.AlsoRequireApprovalFor.Any(string.IsNullOrWhiteSpace))
            failures.Add($"{PublicationApprovalOptions.SectionName}:AlsoRequireApprovalFor lists an empty definition id.");
        foreach (var (definitionId, district) in options.OwningBureaus)
        {
            if (!_districts.IsInZone(district))
                failures.Add($"{PublicationApprovalOptions.SectionName}:OwningBureaus:{definitionId} is '{district}', not a zone district code.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
