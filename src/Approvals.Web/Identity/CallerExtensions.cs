using Approvals.Core.Access;
using Approvals.Workflows.Registry;

namespace Approvals.Web.Identity;

/// <summary>An endpoint that needs a signed-in caller answers 401 without one.</summary>
public sealed class CallerRequiredException() : LocalizedException(new("请先登录后再使用此接口。", "Sign in to use this endpoint."));

internal static class CallerExtensions
{
    public static Caller Require(this ICallerContext callers) => callers.Current ?? throw new CallerRequiredException();
}
