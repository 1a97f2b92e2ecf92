using Approvals.Core.Districts;
using Approvals.Infrastructure.Workflows;
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
            throw new ForbiddenRefusal(new("您的账号没有所属区，不能发起流程；请管理员为您设置所属区。", "Your account belongs to no district, so it cannot start an instance; ask an administrator to set your district."));
        if (requested is null)
            return scope.VisibleDistrict;
        if (!districts.IsInZone(requested))
        {
            var codes = districts.Districts.Select(d => d.Code).ToList();
            throw new InvalidRefusal(new(
                $"“{requested}”不是示范区内的区县代码（{string.Join("、", codes)}）。", $"'{requested}' is not a district code of the zone ({string.Join(", ", codes)})."));
        }
        if (scope.VisibleDistrict is not null && scope.VisibleDistrict != requested)
            throw new ForbiddenRefusal(new("只能在本区发起流程；执行委员会可以为任一区发起。", "You can start instances in your own district only; the executive committee can start them for any district."));
        return requested;
    }
}
