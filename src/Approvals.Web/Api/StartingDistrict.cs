using Approvals.Core.Districts;
using Approvals.Text;
using Approvals.Core.Access;

namespace Approvals.Web.Api;

/// <summary>
/// The district an instance started through the API belongs to: the starting regulator's own, or one they name
/// that they may use (their own; any zone district for the executive committee, who may also leave it to none).
/// </summary>
public static class StartingDistrict
{
    public static string? For(Caller scope, string? requested, DistrictDirectory districts)
    {
        if (scope.VisibleDistrict == Caller.NoDistrict)
            throw new ForbiddenRefusal(Texts.Text(Texts.StartingDistrict_YourAccountBelongsToNoDistrict));
        if (requested is null)
            return scope.VisibleDistrict;
        if (!districts.IsInZone(requested))
        {
            var codes = districts.Districts.Select(d => d.Code).ToList();
            throw new InvalidRefusal(Texts.Text(Texts.StartingDistrict_IsNotDistrictCodeOfZone, requested, string.Join("、", codes), string.Join(", ", codes)));
        }
        if (scope.VisibleDistrict is not null && scope.VisibleDistrict != requested)
            throw new ForbiddenRefusal(Texts.Text(Texts.StartingDistrict_YouCanStartInstancesInYour));
        return requested;
    }
}
