using Approvals.Core.Districts;
using Microsoft.AspNetCore.Http.HttpResults;
using Approvals.Core.Access;

namespace Approvals.Web.Endpoints;

/// <summary>
/// The district an instance started through the API belongs to: the starting regulator's own, or one they name
/// that they may use (their own; any zone district for the executive committee, who may also leave it to none).
/// </summary>
public static class StartingDistrict
{
    public static (string? District, ProblemHttpResult? Refusal) For(Caller scope, string? requested, DistrictDirectory districts)
    {
        if (scope.VisibleDistrict == Caller.NoDistrict)
            return (null, ApiProblems.Forbidden(new("您的账号没有所属区，不能发起流程；请管理员为您设置所属区。", "Your account belongs to no district, so it cannot start an instance; ask an administrator to set your district.")));
        if (requested is null)
            return (scope.VisibleDistrict, null);
        if (!districts.IsInZone(requested))
        {
            var codes = districts.Districts.Select(d => d.Code).ToList();
            return (null, ApiProblems.BadRequest(new(
                $"“{requested}”不是示范区内的区县代码（{string.Join("、", codes)}）。", $"'{requested}' is not a district code of the zone ({string.Join(", ", codes)}).")));
        }
        if (scope.VisibleDistrict is not null && scope.VisibleDistrict != requested)
            return (null, ApiProblems.Forbidden(new("只能在本区发起流程；执行委员会可以为任一区发起。", "You can start instances in your own district only; the executive committee can start them for any district.")));
        return (requested, null);
    }
}
